"""b10_04: satisfaction-survey analytic note of a територіальний центр (DOCX): respondents,
a table by quality criterion with counts AND percents for «Добре / Задовільно / Незадовільно»,
a level per criterion, overall rating, complaints."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, write_bytes, pct, read_text

from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NAME = "b10_04_kalush_survey.docx"
N = 214

# criterion label, id, good, satisfactory, unsatisfactory, written level
ROWS = [("Адресність та індивідуальний підхід", "targeting", 188, 24, 2, "добре"),
        ("Своєчасність надання послуги", "timeliness", 176, 33, 5, "добре"),
        ("Доступність та відкритість", "accessibility", 183, 27, 4, "добре"),
        ("Повага до гідності отримувача", "dignity", 201, 13, 0, "добре"),
        ("Професійність працівників", "professionalism", 193, 19, 2, "добре"),
        ("Результативність", "effectiveness", 160, 47, 7, "добре")]       # planted: 74,8 % is «задовільно» band
LEVEL_ID = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def fmt(x):
    return f"{x:.1f}".replace(".", ",")


PCTS = {}
for lab, cid, a, b, c, lev in ROWS:
    assert a + b + c == N, lab
    ps = [pct(a, N), pct(b, N), pct(c, N)]
    if cid == "accessibility":
        assert ps[2] == 1.9
        ps[2] = 2.8                                                  # planted percent slip
    PCTS[cid] = ps
assert pct(160, N) == 74.8
good_total = sum(r[2] for r in ROWS)
assert good_total == 1101 and pct(good_total, 6 * N) == 85.7
assert 418 + 146 + 78 == 642
assert 151 + 63 == N and pct(151, N) == 70.6 and pct(63, N) == 29.4
assert 18 + 122 + 74 == N and 132 + 61 + 21 == N
assert pct(214, 260) == 82.3

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
for s in doc.sections:
    s.left_margin, s.right_margin = Cm(2.5), Cm(1.5)


def P(text, bold=False, center=False, size=None, indent=True):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


P("ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) КАЛУСЬКОЇ МІСЬКОЇ РАДИ "
  "ІВАНО-ФРАНКІВСЬКОЇ ОБЛАСТІ", bold=True, center=True, size=12)
P("77300, м. Калуш, вул. Дмитра Вітовського, 00 · тел. (03472) 0-61-09 · код ЄДРПОУ 40000327", center=True, size=10)
P("05.12.2025 № 01-14/318", indent=False)
P("АНАЛІТИЧНА ДОВІДКА", bold=True, center=True)
P("за результатами анкетування отримувачів соціальних послуг щодо задоволеності якістю їх надання у 2025 році",
  bold=True, center=True)
P("Анкетування проведено відповідно до наказу директора територіального центру від 27.10.2025 № 112-од "
  "«Про проведення моніторингу якості соціальних послуг» у період з 03 по 28 листопада 2025 року з метою вивчення "
  "думки отримувачів щодо якості соціальних послуг, наданих територіальним центром у 2025 році.")
P("Станом на 01.11.2025 на обслуговуванні в територіальному центрі перебувало 642 особи, з них: у відділенні "
  "соціальної допомоги вдома – 418 осіб, у відділенні денного перебування – 146 осіб, у відділенні організації "
  "надання адресної натуральної та грошової допомоги – 78 осіб.")
P("Анкети роздано 260 отримувачам, заповнені анкети повернули 214 осіб (82,3 % від розданих). Анкетування було "
  "анонімним, анкета містила 18 запитань.")
P("Серед респондентів жінки становлять 151 особу (70,6 %), чоловіки – 63 особи (29,4 %). За віком: до 60 років – "
  "18 осіб, від 60 до 79 років – 122 особи, 80 років і старше – 74 особи. За видами послуг: отримувачі послуги "
  "догляду вдома – 132 особи, денного догляду – 61 особа, натуральної допомоги – 21 особа.")
P("Оцінку якості соціальних послуг за критеріями наведено в таблиці 1. Рівень якості за кожним критерієм "
  "визначався за часткою відповідей «добре»: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – "
  "«незадовільно».")
P("Таблиця 1. Оцінка якості соціальних послуг отримувачами (n = 214)", bold=True, indent=False)

t = doc.add_table(rows=2, cols=8)
t.style = "Table Grid"
h1 = ["Критерій якості", "Добре", "", "Задовільно", "", "Незадовільно", "", "Рівень"]
h2 = ["", "к-ть", "%", "к-ть", "%", "к-ть", "%", ""]
for i, (a, b) in enumerate(zip(h1, h2)):
    t.rows[0].cells[i].text = a
    t.rows[1].cells[i].text = b
t.cell(0, 1).merge(t.cell(0, 2))
t.cell(0, 3).merge(t.cell(0, 4))
t.cell(0, 5).merge(t.cell(0, 6))
t.cell(0, 0).merge(t.cell(1, 0))
t.cell(0, 7).merge(t.cell(1, 7))
for lab, cid, a, b, c, lev in ROWS:
    ps = PCTS[cid]
    cells = t.add_row().cells
    for i, v in enumerate([lab, str(a), fmt(ps[0]), str(b), fmt(ps[1]), str(c), fmt(ps[2]), lev]):
        cells[i].text = v

P("")
P("Загальний рівень задоволеності отримувачів (середня частка відповідей «добре» за всіма критеріями) становить "
  "85,7 %. Загальна оцінка якості надання соціальних послуг територіальним центром – «добре».")
P("Протягом 2025 року до територіального центру надійшло 3 скарги (усні), усі стосувалися несвоєчасного прибуття "
  "соціального робітника; за результатами розгляду 2 скарги визнано обґрунтованими, вжито заходів "
  "дисциплінарного впливу.")
P("Найчастіші побажання респондентів: збільшити частоту відвідувань (41 особа), розширити перелік гуртків у "
  "відділенні денного перебування (27 осіб). Порівняно з 2024 роком (83,1 %) рівень задоволеності зріс на "
  "2,7 відсоткового пункта.")
P("Пропозиції:", bold=True, indent=False)
P("1. Переглянути маршрути соціальних робітників у старостинських округах Кропивник і Боднарів.")
P("2. Провести повторне анкетування у I кварталі 2026 року серед не менше 250 отримувачів.")
P("Директор територіального центру                                        Ірина СЕМКІВ", indent=False)
P("Виконавець: фахівець із соціальної роботи, тел. (03472) 0-61-09", indent=False, size=10)

tmp = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_tmp_b10_04.docx")
doc.save(tmp)
with open(tmp, "rb") as fh:
    data = fh.read()
os.remove(tmp)
path = write_bytes(NAME, data)
TEXT = read_text(path)

g = Gold(NAME, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Калуської міської ради",
    "centre_type": "tcso",
    "settlement": "Калуш",
    "oblast": "Івано-Франківська",
    "report_kind": "period_report",
    "period_start": "2025-01-01",
    "period_end": "2025-12-31",
}, meta_alt={"report_kind": ["internal_assessment"], "period_start": ["2025-11-01"], "period_end": ["2025-11-30"],
             "centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) Калуської міської ради Івано-Франківської області"]})

tot = g.f("served", "persons", 642, "Станом на 01.11.2025 на обслуговуванні в територіальному центрі перебувало 642 особи",
          alt=["support_ongoing"])
dep = {}
for q, dist, sid, v in [("у відділенні соціальної допомоги вдома – 418 осіб", "відділення соціальної допомоги вдома", "home_care", 418),
                        ("у відділенні денного перебування – 146 осіб", "відділення денного перебування", "day_care", 146),
                        ("у відділенні організації надання адресної натуральної та грошової допомоги – 78 осіб",
                         "відділення організації надання адресної натуральної та грошової допомоги", "natural_aid", 78)]:
    dep[sid] = g.f("served", "persons", v, q, district=dist, service=sid, parent_id=tot, group="served_642_by_department",
                   alt=["support_ongoing"])
resp = g.f("survey_respondents", "persons", 214, "заповнені анкети повернули 214 осіб (82,3 % від розданих)", percent=82.3,
           note="82,3 % is of the 260 questionnaires handed out (214/260 = 82.3 %)")
g.f("survey_respondents", "persons", 151, "жінки становлять 151 особу (70,6 %)", percent=70.6, label="жінки",
    parent_id=resp, group="respondents_by_sex")
g.f("survey_respondents", "persons", 63, "чоловіки – 63 особи (29,4 %)", percent=29.4, label="чоловіки",
    parent_id=resp, group="respondents_by_sex")
for q, lab, v in [("до 60 років – 18 осіб", "до 60 років", 18), ("від 60 до 79 років – 122 особи", "від 60 до 79 років", 122),
                  ("80 років і старше – 74 особи", "80 років і старше", 74)]:
    g.f("survey_respondents", "persons", v, q, label=lab, parent_id=resp, group="respondents_by_age")
for q, sid, v in [("отримувачі послуги догляду вдома – 132 особи", "home_care", 132),
                  ("денного догляду – 61 особа", "day_care", 61), ("натуральної допомоги – 21 особа", "natural_aid", 21)]:
    g.f("survey_respondents", "persons", v, q, service=sid, parent_id=resp, group="respondents_by_service")


def rowquote(lab):
    for line in TEXT.splitlines():
        if line.strip().startswith(lab):
            pass
    i = TEXT.find(lab)
    j = TEXT.find(ROWS[[r[0] for r in ROWS].index(lab)][5], i + len(lab))
    # the whole row: label … level word
    end = j + len(ROWS[[r[0] for r in ROWS].index(lab)][5])
    return TEXT[i:end]


cell_ids, rating_ids = {}, {}
for lab, cid, a, b, c, lev in ROWS:
    rq = rowquote(lab)
    ps = PCTS[cid]
    ids = []
    for ans, v, p in [("добре", a, ps[0]), ("задовільно", b, ps[1]), ("незадовільно", c, ps[2])]:
        ids.append(g.f("survey_respondents", "persons", v, rq, percent=p, criterion=cid, label=f"оцінили «{ans}»",
                       parent_id=resp, group=f"{cid}_by_answer"))
    cell_ids[cid] = ids
    rating_ids[cid] = g.f("rating", "rating", LEVEL_ID[lev], rq, criterion=cid)
sat = g.f("satisfaction", "percent", 85.7, "Загальний рівень задоволеності отримувачів (середня частка відповідей «добре» за всіма критеріями) становить 85,7 %")
g.f("rating", "rating", "good", "Загальна оцінка якості надання соціальних послуг територіальним центром – «добре»",
    criterion="overall")
cp = g.f("complaints", "complaints", 3, "надійшло 3 скарги (усні)")
g.f("complaints", "complaints", 2, "2 скарги визнано обґрунтованими", parent_id=cp, label="визнано обґрунтованими")

acc = rowquote("Доступність та відкритість")
eff = rowquote("Результативність")
g.bad("percent_mismatch", "error", acc, 2.8, 1.9, [cell_ids["accessibility"][2], resp],
      "«Доступність та відкритість», незадовільно: 4 of 214 = 1.87 % → 1,9 %; 2,8 % is written (2,8 % would need 6 of 214).")
g.bad("percents_sum", "error", acc, 100.9, 100.0, cell_ids["accessibility"],
      "row percents 85,5 + 12,6 + 2,8 = 100,9 %; three parts at one decimal can miss 100 by at most 0,15. Same slip as the percent_mismatch.")
g.bad("rating_band", "error", eff, "добре", "задовільно", [rating_ids["effectiveness"], cell_ids["effectiveness"][0]],
      "«Результативність»: 160 of 214 = 74,8 % «добре» answers, which the document's own bands put in 60–79,9 % → «задовільно»; the table says «добре».")

g.ok("parts_sum", "з них: у відділенні соціальної допомоги вдома – 418 осіб", "418 + 146 + 78 = 642")
g.ok("percent_mismatch", "заповнені анкети повернули 214 осіб (82,3 % від розданих)", "214 / 260 = 82.3 %")
g.ok("parts_sum", "жінки становлять 151 особу (70,6 %)", "151 + 63 = 214; 151/214 = 70.6 %, 63/214 = 29.4 %; 70,6 + 29,4 = 100")
g.ok("parts_sum", "до 60 років – 18 осіб", "by age 18 + 122 + 74 = 214; by service 132 + 61 + 21 = 214")
g.ok("table_arithmetic", "Таблиця 1. Оцінка якості соціальних послуг отримувачами (n = 214)",
     "every row's counts add up to 214; every percent except the accessibility «незадовільно» cell equals count/214 rounded to 0,1")
g.ok("rating_band", "Своєчасність надання послуги",
     "the other five criteria have 82,2–93,9 % «добре» and are rated «добре», consistent with the bands")
g.ok("percent_mismatch", "становить 85,7 %", "mean share of «добре»: (188+176+183+201+193+160) / (6·214) = 1101/1284 = 85.75 % (85.7476) → 85,7 %")
g.ok("rating_band", "Загальна оцінка якості надання соціальних послуг територіальним центром – «добре»",
     "overall 85,7 % «добре» falls in the 80–100 % band")

for q, v, r in [
    ("77300, м. Калуш, вул. Дмитра Вітовського, 00", [77300], "postcode and address"),
    ("тел. (03472) 0-61-09", [3472], "phone"),
    ("код ЄДРПОУ 40000327", [40000327], "ЄДРПОУ"),
    ("05.12.2025 № 01-14/318", [2025, 318], "outgoing number and date of the note"),
    ("від 27.10.2025 № 112-од", [112], "order date and number"),
    ("у період з 03 по 28 листопада 2025 року", [3, 28, 2025], "survey dates"),
    ("Станом на 01.11.2025", [2025], "date of the point-in-time count"),
    ("Анкети роздано 260 отримувачам", [260], "questionnaires handed out (the base of the 82,3 %); no §3 id for distributed questionnaires"),
    ("анкета містила 18 запитань", [18], "number of questions"),
    ("до 60 років", [60], "age bounds (the counts of each age group ARE facts)"),
    ("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9], "rating bands (method, not figures)"),
    ("(n = 214)", [214], "table base repeated in the caption (same figure as the respondents fact)"),
    ("збільшити частоту відвідувань (41 особа)", [41], "respondents with a given suggestion; not a partition, no §3 id beyond survey_respondents; skipped by decision"),
    ("розширити перелік гуртків у відділенні денного перебування (27 осіб)", [27], "respondents with a given suggestion; skipped by decision"),
    ("Порівняно з 2024 роком (83,1 %) рівень задоволеності зріс на 2,7 відсоткового пункта", [83.1, 2.7], "other year and change in points"),
    ("у I кварталі 2026 року серед не менше 250 отримувачів", [250], "plan"),
]:
    g.skip(q, v, r)

g.notes += [
    "report_kind: an analytic note on a satisfaction survey → period_report (SPEC: analytic notes); internal_assessment accepted.",
    "period: the note is on services «у 2025 році»; the survey itself ran in November 2025 (meta_alt).",
    "published omitted: the DOCX carries only its outgoing date 05.12.2025 and number.",
    "each table cell pair «к-ть / %» is one survey_respondents fact (unit persons) with its percent, criterion and label «оцінили «добре»» etc.; the quote is the whole table row as read. The percents are NOT separate share facts (convention).",
    "the «Рівень» column gives one rating fact per criterion; the overall «добре» is criterion overall.",
    "the 642 served is a point-in-time count (станом на 01.11.2025); alt support_ongoing.",
    "«Загальний рівень задоволеності … 85,7 %» is the mean share of «добре» answers; annotated as satisfaction.",
    "complaints: 3 received, 2 of them found justified (child row, label).",
]
g.write(path)
