"""b107_08: КУ «ЦНСП» Агрономічної сільської ради (Вінницька), report on the 2024 satisfaction survey of
recipients. Less common style: a survey results report (reportlab PDF) with the sample and response rate,
per-question tables of answer distributions (Так / Частково / Ні / Важко відповісти, counts and %), an overall
rating. Slips: percents_sum (overall satisfaction 78,4 + 16,3 + 3,3 + 3,9 = 101,9 %) and percent_mismatch
(97 respondents aged 60+ written 64,7 %, is 63,4 %)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, KeepTogether
from common import Gold, report_path, register_fonts

DOC = "b107_08_ahronomichne_cnsp_survey2024.pdf"
register_fonts()
S = ParagraphStyle("s", fontName="LSerif", fontSize=11.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=5,
                   firstLineIndent=10 * mm)
H = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="LSerif-B", fontSize=11.5, leading=15, spaceBefore=4, spaceAfter=4)
C = ParagraphStyle("c", fontName="LSerif", fontSize=10, leading=12, alignment=TA_CENTER)
CAP = ParagraphStyle("cap", fontName="LSerif-I", fontSize=10.5, leading=13, spaceAfter=3)
TS = TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10.5), ("FONT", (0, 0), (-1, 0), "LSerif-B", 10.5),
                 ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("ALIGN", (1, 0), (-1, -1), "CENTER")])


def table(rows, widths=(70 * mm, 30 * mm, 25 * mm)):
    t = Table(rows, colWidths=list(widths))
    t.setStyle(TS)
    return t


SERV = [("Догляд вдома", "64", "41,8"), ("Денний догляд", "21", "13,7"), ("Консультування", "38", "24,8"),
        ("Соціальний супровід", "17", "11,1"), ("Натуральна допомога", "13", "8,5")]
QUEST = [
    ("Таблиця 2. Чи були Ви поінформовані про порядок та умови отримання послуги?",
     [("131", "85,6"), ("15", "9,8"), ("4", "2,6"), ("3", "2,0")]),
    ("Таблиця 3. Чи отримали Ви послугу вчасно, без зайвого очікування?",
     [("122", "79,7"), ("19", "12,4"), ("7", "4,6"), ("5", "3,3")]),
    ("Таблиця 4. Чи ставиться персонал до Вас з повагою?",
     [("144", "94,1"), ("6", "3,9"), ("1", "0,7"), ("2", "1,3")]),
    ("Таблиця 5. Чи задовольняють Вас умови надання послуги (приміщення, графік, транспорт)?",
     [("109", "71,2"), ("28", "18,3"), ("9", "5,9"), ("7", "4,6")]),
]
ANS = ["Так", "Частково", "Ні", "Важко відповісти"]

story = [
    Paragraph("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» АГРОНОМІЧНОЇ СІЛЬСЬКОЇ РАДИ", H),
    Paragraph("23227, Вінницька обл., Вінницький р-н, с. Агрономічне, вул. Мічуріна, 7; тел. (0432) 0-58-41; "
              "cnsp.ahronomichne@example.ua", C),
    Spacer(1, 5 * mm),
    Paragraph("ЗВІТ<br/>про результати опитування отримувачів соціальних послуг щодо задоволеності якістю послуг, "
              "наданих у 2024 році", H),
    Paragraph("1. Організація опитування", H2),
    Paragraph("Опитування проведено з 4 по 22 листопада 2024 року відповідно до наказу директора від 28.10.2024 "
              "№ 41-од методом анонімного анкетування (паперова анкета та онлайн-форма). Анкета містила 12 запитань, "
              "з них 10 закритих і 2 відкритих.", S),
    Paragraph("2. Вибірка", H2),
    Paragraph("Станом на 01.11.2024 послуги Центру отримували 342 особи. Анкети роздано 180 отримувачам, заповнено "
              "та повернуто 153 анкети; рівень відповіді – 85,0 %. Розподіл респондентів за послугами наведено "
              "в таблиці 1.", S),
    Paragraph("Таблиця 1. Респонденти за видами соціальних послуг", CAP),
    table([["Соціальна послуга", "Осіб", "%"]] + [list(r) for r in SERV] + [["Разом", "153", "100,0"]]),
    Spacer(1, 4 * mm),
    Paragraph("Серед респондентів жінки – 104 (68,0 %), чоловіки – 49 (32,0 %). Осіб віком 60 років і старших – "
              "97 (64,7 %), наймолодшому респонденту 19 років.", S),
    Paragraph("3. Результати за запитаннями", H2),
]
for cap, rows in QUEST:
    story.append(KeepTogether([Paragraph(cap, CAP),
                               table([["Варіант відповіді", "Кількість", "%"]] +
                                     [[a, n, p] for a, (n, p) in zip(ANS, rows)]),
                               Spacer(1, 4 * mm)]))
story += [
    Paragraph("4. Загальна оцінка", H2),
    Paragraph("На запитання «Наскільки Ви задоволені якістю отриманих послуг загалом?» відповіді розподілилися так: "
              "повністю задоволені – 78,4 %, скоріше задоволені – 16,3 %, скоріше не задоволені – 3,3 %, "
              "не задоволені – 3,9 %. Отже, частка задоволених (повністю та скоріше) становить 94,7 %. "
              "Середня оцінка якості – 4,6 бала з 5 можливих.", S),
    Paragraph("За шкалою, затвердженою наказом директора (80–100 % задоволених – «добре», 60–79,9 % – «задовільно», "
              "менше 60 % – «незадовільно»), загальну якість соціальних послуг Центру у 2024 році оцінено як "
              "«добре».", S),
    Paragraph("5. Відкриті запитання", H2),
    Paragraph("Серед побажань найчастіше згадували збільшення кількості відвідувань (23 анкети), ремонт приміщення "
              "відділення денного догляду (17) та організацію підвезення до Центру (11).", S),
    Paragraph("6. Висновки та рекомендації", H2),
    Paragraph("Найнижча частка позитивних відповідей стосується умов надання послуги (71,2 % «Так»). Рекомендовано "
              "до 01.03.2025 переглянути графік роботи відділення денного догляду, а повторне опитування провести "
              "у листопаді 2025 року.", S),
    Spacer(1, 6 * mm),
    Paragraph("Відповідальна за проведення опитування, фахівець із соціальної роботи ____________ 29.11.2024", C),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 8)
    canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"{doc.page}")
    canvas.restoreState()


path = report_path(DOC)
SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                  bottomMargin=18 * mm, title="Звіт про опитування отримувачів 2024", author="КУ ЦНСП",
                  ).build(story, onFirstPage=footer, onLaterPages=footer)

# ---------------------------------------------------------------- gold
g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Агрономічної сільської ради", "centre_type": "cnsp",
    "settlement": "Агрономічне", "oblast": "Вінницька", "report_kind": "internal_assessment",
    "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Агрономічної сільської ради",
                         "КУ «Центр надання соціальних послуг» Агрономічної сільської ради"],
              "report_kind": ["other"],
              "period_start": ["2024-11-04"], "period_end": ["2024-11-22"]})

f_srv = g.f("served", "persons", 342, "Станом на 01.11.2024 послуги Центру отримували 342 особи",
            alt=["support_ongoing"], label="станом на 01.11.2024")
f_sv = g.f("survey_respondents", "recipients", 153, "заповнено та повернуто 153 анкети", unit_alt="persons",
           note="153 returned questionnaires = 153 respondents")
f_rr = g.f("share", "percent", 85, "рівень відповіді – 85,0 %", label="рівень відповіді (повернуті анкети з роздані)")

SV_IDS = ["home_care", "day_care", "counselling", "social_support_sjo", "natural_aid"]
t_tot = g.f("survey_respondents", "persons", 153, "Разом\t153\t100,0", percent=100, label="Разом",
            unit_alt="recipients")
T1 = {}
for (name, n, p), sid in zip(SERV, SV_IDS):
    T1[sid] = g.f("survey_respondents", "persons", int(n), f"{name}\t{n}\t{p}", percent=float(p.replace(",", ".")),
                  service=sid, group="respondents_by_service", parent=t_tot)
f_w = g.f("survey_respondents", "persons", 104, "жінки – 104 (68,0 %)", percent=68.0, label="жінки",
          group="respondents_by_sex", parent=f_sv)
f_m = g.f("survey_respondents", "persons", 49, "чоловіки – 49 (32,0 %)", percent=32.0, label="чоловіки",
          group="respondents_by_sex", parent=f_sv)
f_60 = g.f("survey_respondents", "persons", 97, "Осіб віком 60 років і старших – 97 (64,7 %)", percent=64.7,
           label="віком 60 років і старші", parent=f_sv)

Q = {}
QLAB = ["поінформованість про порядок та умови отримання послуги", "послугу отримано вчасно",
        "персонал ставиться з повагою", "умови надання послуги (приміщення, графік, транспорт)"]
for qi, ((cap, rows), ql) in enumerate(zip(QUEST, QLAB), start=1):
    Q[qi] = []
    for a, (n, p) in zip(ANS, rows):
        Q[qi].append(g.f("survey_respondents", "persons", int(n), f"{a}\t{n}\t{p}",
                         percent=float(p.replace(",", ".")), label=f"{ql}: {a}", group=f"question_{qi}",
                         parent=f_sv, note=f"row of «{cap.split('. ', 1)[0]}»"))

f_full = g.f("satisfaction", "percent", 78.4, "повністю задоволені – 78,4 %", label="повністю задоволені",
             alt=["share"])
f_part = g.f("share", "percent", 16.3, "скоріше задоволені – 16,3 %", label="скоріше задоволені",
             alt=["satisfaction"])
f_pn = g.f("share", "percent", 3.3, "скоріше не задоволені – 3,3 %", label="скоріше не задоволені")
f_no = g.f("share", "percent", 3.9, "не задоволені – 3,9 %", label="не задоволені")
f_sat = g.f("satisfaction", "percent", 94.7, "частка задоволених (повністю та скоріше) становить 94,7 %",
            label="задоволені (повністю та скоріше)", alt=["share"])
f_rat = g.f("rating", "rating", "good", "загальну якість соціальних послуг Центру у 2024 році оцінено як «добре»",
            criterion="overall")

# ---------------------------------------------------------------- audit
g.slip("percents_sum", "error",
       "повністю задоволені – 78,4 %, скоріше задоволені – 16,3 %, скоріше не задоволені – 3,3 %, "
       "не задоволені – 3,9 %", 101.9, 100, [f_full, f_part, f_pn, f_no],
       "the four answers to the general question partition the 153 respondents but sum to 101,9 %. Each share "
       "alone is reachable with 153 (120, 25, 5, 6 of 153), but 120 + 25 + 5 + 6 = 156 > 153.",
       f"psum_ok([{f_full}, {f_part}, {f_pn}, {f_no}], 1)", slip=1)
g.slip("percent_mismatch", "error", "Осіб віком 60 років і старших – 97 (64,7 %)", 64.7, 63.4, [f_60, f_sv],
       "97 of the 153 respondents is 63,4 %, written 64,7 % (which is 99 of 153: a miscount or a typo in the "
       "count). 64,7 % is reachable with 153, so this is not a GRIM finding.",
       f"pct_ok(p{f_60[1:]}, {f_60}, {f_sv}, 1)", slip=2)

# ---------------------------------------------------------------- checks
g.check("percent_mismatch", "заповнено та повернуто 153 анкети; рівень відповіді – 85,0 %",
        "153 / 180 handed out = 85,0 % (180 is a literal: questionnaires handed out)", f"pct_ok({f_rr}, {f_sv}, 180, 1)")
g.check("parts_sum", "Станом на 01.11.2024 послуги Центру отримували 342 особи", "153 respondents ≤ 180 ≤ 342",
        f"{f_sv} <= 180 <= {f_srv}")
g.check("table_arithmetic", "Разом\t153\t100,0", "64 + 21 + 38 + 17 + 13 = 153", " + ".join(T1.values()) + f" == {t_tot}")
g.check("percents_sum", "Разом\t153\t100,0",
        "41,8 + 13,7 + 24,8 + 11,1 + 8,5 = 99,9 %, within the rounding of five one-decimal shares (Разом 100,0)",
        "psum_ok([" + ", ".join(f"p{v[1:]}" for v in T1.values()) + "], 1)")
for sid, fid in T1.items():
    row = [r for r, s in zip(SERV, SV_IDS) if s == sid][0]
    g.check("percent_mismatch", f"{row[0]}\t{row[1]}\t{row[2]}", f"{row[1]} / 153 = {row[2]} %",
            f"pct_ok(p{fid[1:]}, {fid}, {t_tot}, 1)")
g.check("internal_conflict", "Разом\t153\t100,0", "Разом 153 = the 153 returned questionnaires",
        f"{t_tot} == {f_sv}")
g.check("parts_sum", "Серед респондентів жінки – 104 (68,0 %), чоловіки – 49 (32,0 %)", "104 + 49 = 153",
        f"{f_w} + {f_m} == {f_sv}")
g.check("percent_mismatch", "жінки – 104 (68,0 %)", "104 / 153 = 67,97 %; 49 / 153 = 32,03 %",
        f"pct_ok(p{f_w[1:]}, {f_w}, {f_sv}, 1) and pct_ok(p{f_m[1:]}, {f_m}, {f_sv}, 1)")
for qi, (cap, rows) in enumerate(QUEST, start=1):
    ids = Q[qi]
    g.check("parts_sum", cap, " + ".join(n for n, _ in rows) + " = 153", " + ".join(ids) + f" == {f_sv}")
    g.check("percents_sum", cap, " + ".join(p for _, p in rows) + " = 100,0 %",
            "psum_ok([" + ", ".join(f"p{i[1:]}" for i in ids) + "], 1)")
    g.check("percent_mismatch", cap, "each row's % is its count of 153",
            " and ".join(f"pct_ok(p{i[1:]}, {i}, {f_sv}, 1)" for i in ids))
g.check("percent_impossible", "повністю задоволені – 78,4 %", "each overall share alone is reachable with 153",
        f"grim_ok({f_full}, {f_sv}, 1) and grim_ok({f_part}, {f_sv}, 1) and grim_ok({f_pn}, {f_sv}, 1) "
        f"and grim_ok({f_no}, {f_sv}, 1)")
g.check("parts_sum", "частка задоволених (повністю та скоріше) становить 94,7 %", "78,4 + 16,3 = 94,7",
        f"near({f_full} + {f_part}, {f_sat})")
g.check("rating_band", "загальну якість соціальних послуг Центру у 2024 році оцінено як «добре»",
        "94,7 % satisfied → «добре» (80–100 %)",
        f"band({f_sat}, [(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]) == {f_rat}")

# ---------------------------------------------------------------- skipped
g.skip("23227, Вінницька обл., Вінницький р-н, с. Агрономічне, вул. Мічуріна, 7; тел. (0432) 0-58-41",
       [23227, 7, 432, 5841], "postcode, address, phone")
g.skip("наданих у 2024 році", [2024], "period in the title; years")
g.skip("1. Організація опитування", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
g.skip("Опитування проведено з 4 по 22 листопада 2024 року відповідно до наказу директора від 28.10.2024 № 41-од",
       [4, 22, 2024, 28, 10, 2024, 41], "survey dates, order date and number")
g.skip("Анкета містила 12 запитань, з них 10 закритих і 2 відкритих.", [12, 10, 2], "questionnaire structure")
g.skip("Станом на 01.11.2024", [1, 11, 2024], "date")
g.skip("Анкети роздано 180 отримувачам", [180], "questionnaires handed out: no §3 id (literal in a check)")
g.skip("Таблиця 1.", [1, 2, 3, 4, 5], "table numbers 1–5")
g.skip("наймолодшому респонденту 19 років", [19], "age")
g.skip("Осіб віком 60 років і старших", [60], "age bound")
g.skip("Середня оцінка якості – 4,6 бала з 5 можливих.", [4.6, 5], "score on a 5-point scale")
g.skip("80–100 % задоволених – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»",
       [80, 100, 60, 79.9, 60], "rating bands")
g.skip("збільшення кількості відвідувань (23 анкети), ремонт приміщення відділення денного догляду (17) та "
       "організацію підвезення до Центру (11)", [23, 17, 11],
       "mentions in answers to an open question: not a partition of respondents, no §3 id")
g.skip("(71,2 % «Так»)", [71.2], "repeat of table 5's «Так» share in the conclusions (its count row is "
       "the fact)")
g.skip("до 01.03.2025 переглянути графік роботи відділення денного догляду, а повторне опитування провести у "
       "листопаді 2025 року", [1, 3, 2025, 2025], "deadline and plan")
g.skip("29.11.2024", [29, 11, 2024], "signature date")

g.note("a satisfaction survey of the centre's recipients on the services of 2024, run 4–22 November 2024: meta "
       "report_kind internal_assessment (the survey is part of the internal assessment of quality), with other in "
       "meta_alt; period 2024 with the survey dates in meta_alt")
g.note("each answer row of a per-question table is one fact: survey_respondents (unit persons, the column says "
       "«Кількість») with its percent, the question and answer in label, one group per question, hanging on the "
       "153 respondents. The four tables share the answer labels; each row quote is unique by its "
       "numbers, and the note names the table")
g.note("the general-satisfaction question gives bare percentages: «повністю задоволені» → satisfaction (alt share), "
       "«скоріше задоволені» → share (alt satisfaction), the two negative answers → share; «частка задоволених "
       "(повністю та скоріше) 94,7 %» → satisfaction")
g.note("«рівень відповіді – 85,0 %» → share with a label (standalone percentage of the questionnaires handed out)")
g.note("«Разом 153 100,0» of table 1 is a second fact for the 153 respondents (table total vs prose), percent 100")
g.note("the 342 recipients «станом на 01.11.2024» → served (alt support_ongoing), a point-in-time count inside "
       "the period")
g.note("table 1's shares sum to 99,9 %: within rounding, not a finding")
g.write()
