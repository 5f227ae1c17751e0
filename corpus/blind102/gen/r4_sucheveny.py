"""b102_04: КУ «ЦНСП» Сучевенської сільської ради (Чернівецька), internal quality assessment of home care 2024.
reportlab PDF, first person plural, criteria table with the document's own bands."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import Gold, register_fonts, report_path

DOC = "b102_04_sucheveny_cnsp_internal2024.pdf"
register_fonts()
N = ParagraphStyle("n", fontName="LSerif", fontSize=11.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=N, alignment=TA_CENTER, fontName="LSerif-B")
CELL = ParagraphStyle("cell", fontName="LSerif", fontSize=10.5, leading=13)

paras = [
    ("c", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» СУЧЕВЕНСЬКОЇ СІЛЬСЬКОЇ РАДИ"),
    ("n", "59034, Чернівецька обл., Чернівецький р-н, с. Сучевени, вул. Головна, 118; тел. (03736) 0-44-19; "
          "cnsp.sucheveny@example.ua; код ЄДРПОУ 44219587"),
    ("c", "ЗВІТ<br/>про результати внутрішньої оцінки якості соціальної послуги догляду вдома за 2024 рік"),
    ("n", "На виконання постанови Кабінету Міністрів України від 01.06.2020 № 449 «Про затвердження Порядку проведення "
          "моніторингу надання та оцінки якості соціальних послуг» та наказу директора Центру від 02.12.2024 № 61-од "
          "робоча група у складі 5 осіб з 03 по 20 грудня 2024 року провела внутрішню оцінку якості послуги догляду "
          "вдома. Ми вивчили особові справи отримувачів, провели анкетування та спостереження під час надання послуги."),
    ("c", "1. Загальні відомості про отримувачів"),
    ("n", "У 2024 році послугу догляду вдома отримували 64 особи, з них 47 жінок і 17 чоловіків. Серед отримувачів – "
          "9 внутрішньо переміщених осіб та 21 особа з інвалідністю. Середній вік отримувачів – 78 років, найстаршій "
          "отримувачці виповнилося 96."),
    ("n", "Упродовж року до Центру надійшла 21 заява про надання послуги догляду вдома. Оцінку індивідуальних потреб "
          "проведено 18 особам, у трьох випадках заявникам відмовлено через відсутність підстав. Надання послуги "
          "припинено 11 отримувачам: сім із них померли, троє влаштовані до будинку-інтернату, "
          "один відмовився від послуги за власним бажанням."),
    ("n", "Послугу надають 11 соціальних робітників (штатним розписом передбачено 12 посад); 7 з них у 2024 році "
          "пройшли навчання за програмою підвищення кваліфікації."),
    ("c", "2. Результати анкетування"),
    ("n", "В анкетуванні взяли участь 42 отримувачі послуги (65,6 % від їх загальної кількості). Для оцінювання "
          "застосовано такі рівні: від 80 до 100 % позитивних відповідей – «добре», від 60 до 79,9 % – «задовільно», "
          "менше 60 % – «незадовільно»."),
    ("n", "Таблиця 2. Результати оцінювання за критеріями"),
    ("table", None),
    ("n", "Загалом якістю послуги задоволені 90,5 % опитаних, частково задоволені – 9,5 %, незадоволених немає. "
          "Скарг на якість послуги у 2024 році не надходило, натомість отримано дві письмові подяки."),
    ("c", "3. Висновки та рекомендації"),
    ("n", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре». Водночас слід скоротити час "
          "очікування на початок надання послуги (зараз – до 10 робочих днів) та до 01.03.2025 переглянути "
          "індивідуальні плани отримувачів, яким понад 85 років."),
    ("n", "Голова робочої групи ____________ (підпис)          23.12.2024"),
]
ROWS = [
    ("Критерій", "Частка позитивних відповідей, %", "Оцінка"),
    ("Адресність та індивідуальний підхід", "95,2", "добре"),
    ("Результативність", "88,1", "добре"),
    ("Своєчасність", "78,6", "добре"),
    ("Доступність та відкритість", "90,5", "добре"),
    ("Повага до гідності отримувача соціальної послуги", "100", "добре"),
    ("Професійність", "85,7", "добре"),
    ("Загальна оцінка", "", "добре"),
]


def on_page(c, doc):
    c.saveState()
    c.setFont("LSans", 8)
    c.drawString(20 * mm, 287 * mm, "КУ «ЦНСП» Сучевенської сільської ради")
    c.drawRightString(190 * mm, 10 * mm, f"Сторінка {doc.page}")
    c.restoreState()


story = []
for kind, text in paras:
    if kind == "table":
        data = [[Paragraph(x, CELL) for x in r] for r in ROWS]
        t = Table(data, colWidths=[85 * mm, 50 * mm, 30 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [t, Spacer(1, 6)]
    else:
        story.append(Paragraph(text, C if kind == "c" else N))
path = report_path(DOC)
SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                  title="Звіт про внутрішню оцінку якості", author="КУ ЦНСП").build(
    story, onFirstPage=on_page, onLaterPages=on_page)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Сучевенської сільської ради",
    "centre_type": "cnsp",
    "settlement": "Сучевени",
    "oblast": "Чернівецька",
    "report_kind": "internal_assessment",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
}, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Сучевенської сільської ради",
                        "КУ «Центр надання соціальних послуг» Сучевенської сільської ради",
                        "КУ «ЦНСП» Сучевенської сільської ради"]})
f = g.f
srv = f("served", "persons", 64, "У 2024 році послугу догляду вдома отримували 64 особи", service="home_care")
w = f("served", "persons", 47, "з них 47 жінок", service="home_care", label="жінки", group="home_64_by_sex",
      parent=srv)
m = f("served", "persons", 17, "17 чоловіків", service="home_care", label="чоловіки", group="home_64_by_sex",
      parent=srv)
idp = f("served", "persons", 9, "9 внутрішньо переміщених осіб", service="home_care",
        category="внутрішньо переміщені особи", parent=srv)
dis = f("served", "persons", 21, "21 особа з інвалідністю", service="home_care", category="особи з інвалідністю",
        parent=srv)
ap = f("applied", "applications", 21, "до Центру надійшла 21 заява про надання послуги догляду вдома",
       service="home_care")
na = f("needs_assessed", "persons", 18, "Оцінку індивідуальних потреб проведено 18 особам", service="home_care")
stop = f("support_completed", "persons", 11, "Надання послуги припинено 11 отримувачам", service="home_care",
         alt=["deregistered"])
o1 = f("outcome_other", "persons", 7, "сім із них померли", service="home_care", label="смерть",
       group="stopped_11_by_reason", parent=stop, note="number in words: «сім» = 7")
o2 = f("outcome_other", "persons", 3, "троє влаштовані до будинку-інтернату", service="home_care",
       label="влаштування до будинку-інтернату", group="stopped_11_by_reason", parent=stop,
       note="number in words: «троє» = 3")
o3 = f("outcome_other", "persons", 1, "один відмовився від послуги за власним бажанням", service="home_care", label="за власним бажанням",
       group="stopped_11_by_reason", parent=stop, note="number in words: «один» = 1")
sw = f("staff_actual", "staff", 11, "Послугу надають 11 соціальних робітників", label="соціальні робітники")
pos = f("staff_positions", "positions", 12, "штатним розписом передбачено 12 посад")
tr = f("staff_trained", "staff", 7, "7 з них у 2024 році пройшли навчання", parent=sw)
sr = f("survey_respondents", "recipients", 42, "В анкетуванні взяли участь 42 отримувачі послуги (65,6 %",
       percent=65.6, service="home_care", unit_alt="persons")
crit = [("targeting", "Адресність та індивідуальний підхід\t95,2\tдобре", 95.2),
        ("effectiveness", "Результативність\t88,1\tдобре", 88.1),
        ("timeliness", "Своєчасність\t78,6\tдобре", 78.6),
        ("accessibility", "Доступність та відкритість\t90,5\tдобре", 90.5),
        ("dignity", "Повага до гідності отримувача соціальної послуги\t100\tдобре", 100),
        ("professionalism", "Професійність\t85,7\tдобре", 85.7)]
CR = {}
for cid, q, v in crit:
    CR[cid] = (f("share", "percent", v, q, service="home_care", criterion=cid, alt=["satisfaction"],
                 label="частка позитивних відповідей"),
               f("rating", "rating", "good", q, service="home_care", criterion=cid))
ov = f("rating", "rating", "good", "Загальна оцінка\t\tдобре", service="home_care", criterion="overall")
sat = f("satisfaction", "percent", 90.5, "Загалом якістю послуги задоволені 90,5 % опитаних", service="home_care",
        alt=["share"], label="задоволені якістю послуги")
part = f("share", "percent", 9.5, "частково задоволені – 9,5 %", service="home_care", alt=["satisfaction"],
         label="частково задоволені якістю послуги")
none_ = f("share", "percent", 0, "незадоволених немає", service="home_care", label="не задоволені якістю послуги",
          note="«немає» = 0 %, the third share of the partition; drop if words for zero are not expected")
cmp_ = f("complaints", "complaints", 0, "Скарг на якість послуги у 2024 році не надходило", service="home_care")
ov2 = f("rating", "rating", "good",
        "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»", service="home_care",
        criterion="overall", label="висновки (повторна згадка загальної оцінки)")

BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
g.check("parts_sum", "з них 47 жінок і 17 чоловіків", "47 + 17 = 64", f"{w} + {m} == {srv}")
g.check("parts_sum", "9 внутрішньо переміщених осіб та 21 особа з інвалідністю", "9 ≤ 64, 21 ≤ 64",
        f"{idp} <= {srv} and {dis} <= {srv}")
g.check("parts_sum", "Оцінку індивідуальних потреб проведено 18 особам, у трьох випадках",
        "18 assessed + 3 refused = 21 applications", f"{na} + 3 == {ap}")
g.check("parts_sum", "Надання послуги припинено 11 отримувачам", "7 + 3 + 1 = 11", f"{o1} + {o2} + {o3} == {stop}")
g.check("parts_sum", "Послугу надають 11 соціальних робітників (штатним розписом передбачено 12 посад)",
        "7 trained ≤ 11 working ≤ 12 positions", f"{tr} <= {sw} <= {pos}")
g.check("percent_mismatch", "В анкетуванні взяли участь 42 отримувачі послуги (65,6 %",
        "42 / 64 = 65,625 % → 65,6", f"pct_ok(p{sr[1:]}, {sr}, {srv}, 1)")
g.check("percent_impossible", "Адресність та індивідуальний підхід\t95,2\tдобре",
        "every criterion share is reachable with 42 respondents (40, 37, 33, 38, 42, 36 of 42)",
        " and ".join(f"grim_ok({CR[c][0]}, {sr}, 1)" for c in CR))
for c in ("targeting", "effectiveness", "accessibility", "dignity", "professionalism"):
    g.check("rating_band", crit[[x[0] for x in crit].index(c)][1],
            f"{c}: share in the 80–100 % band → «добре» as written",
            f"band({CR[c][0]}, {BANDS}) == {CR[c][1]}")
g.check("percents_sum", "задоволені 90,5 % опитаних, частково задоволені – 9,5 %",
        "90,5 + 9,5 + 0 = 100", f"psum_ok([{sat}, {part}, {none_}], 1)")
g.check("percent_impossible", "Загалом якістю послуги задоволені 90,5 % опитаних",
        "90,5 = 38 of 42, 9,5 = 4 of 42", f"grim_ok({sat}, {sr}, 1) and grim_ok({part}, {sr}, 1)")
g.slip("rating_band", "error", "Своєчасність\t78,6\tдобре", "good", "satisfactory",
       [CR["timeliness"][0], CR["timeliness"][1]],
       "78,6 % lies in the document's own band 60–79,9 % «задовільно», but the table rates Своєчасність «добре»",
       f"band({CR['timeliness'][0]}, {BANDS}) == {CR['timeliness'][1]}")

g.skip("59034, Чернівецька обл., Чернівецький р-н, с. Сучевени, вул. Головна, 118; тел. (03736) 0-44-19",
       [59034, 118, 3736, 4419], "postcode, address, phone")
g.skip("код ЄДРПОУ 44219587", [44219587], "ЄДРПОУ")
g.skip("постанови Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act")
g.skip("наказу директора Центру від 02.12.2024 № 61-од", [2, 12, 2024, 61], "order date and number")
g.skip("робоча група у складі 5 осіб з 03 по 20 грудня 2024 року", [5, 3, 20, 2024],
       "working group size, assessment dates")
g.skip("за 2024 рік", [2024], "year")
g.skip("1. Загальні відомості про отримувачів", [1, 2, 3], "section numbers")
g.skip("Середній вік отримувачів – 78 років, найстаршій отримувачці виповнилося 96", [78, 96], "ages")
g.skip("у трьох випадках заявникам відмовлено", [3], "refusals (no §3 id; literal in a check)")
g.skip("від 80 до 100 % позитивних відповідей – «добре», від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно»",
       [80, 100, 60, 79.9, 60], "rating band definitions")
g.skip("Таблиця 2. Результати оцінювання за критеріями", [2], "table number")
g.skip("отримано дві письмові подяки", [2], "thanks (no §3 id)")
g.skip("(зараз – до 10 робочих днів)", [10], "waiting time")
g.skip("01.03.2025 переглянути індивідуальні плани отримувачів, яким понад 85 років", [1, 3, 2025, 85], "deadline, age")
g.skip("23.12.2024", [23, 12, 2024], "signature date")
g.skip("Сторінка 2", [2], "page number printed from the page footer")

g.note("criterion table: each row gives a share (share with criterion, alt satisfaction) and a rating; the "
       "«Загальна оцінка» row has no share, only the overall rating; the overall rating is said again in the "
       "conclusions → a second rating fact with a label")
g.note("bands are the document's own: 80–100 «добре», 60–79,9 «задовільно», < 60 «незадовільно». Своєчасність "
       "78,6 % rated «добре» → rating_band")
g.note("«Надання послуги припинено 11 отримувачам» → support_completed (alt deregistered) with reasons as outcome_other")
g.note("«21 заява» → applied, unit applications; respondents «отримувачі» → recipients, unit_alt persons; "
       "«65,6 % від їх загальної кількості» is the respondents' percent of the 64 recipients")
g.note("«незадоволених немає» → share 0 (a word for zero that is the figure itself)")
g.note("the centre is named with its legal form «Комунальна установа»; short forms are in meta_alt")
g.write()
