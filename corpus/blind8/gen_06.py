"""blind8/06: monitoring report by an oblast department about three ЦНСП (Миколаївська), one table per centre with the
same columns. python-docx → soffice --headless --convert-to pdf. The .docx is an intermediate (deleted); the test file is the PDF."""
import os
import subprocess
import docx
from docx.shared import Pt
from docx.enum.text import WD_BREAK
from _common import F, HERE, write_gold

STEM = "06_mykolaiv_oblast_cnsp_monitoring_h1_2025"
HEAD = ["Соціальна послуга", "Отримувачів, осіб", "Надано послуг, од."]
CENTRES = [
    ("Баштанська", "1. Центр надання соціальних послуг Баштанської міської ради",
     "Громада з населенням 26,4 тис. осіб. Штатна чисельність центру – 38 посад, фактично працює 35 працівників. Моніторинг проведено 12.06.2025.",
     [["Догляд вдома", "214", "18 726"], ["Денний догляд", "32", "2 944"], ["Натуральна допомога", "156", "312"], ["Всього", "402", "21 982"]]),
    ("Новобузька", "2. Центр надання соціальних послуг Новобузької міської ради",
     "Громада з населенням 27,9 тис. осіб. Штатна чисельність центру – 29 посад, фактично працює 27 працівників. Моніторинг проведено 18.06.2025.",
     [["Догляд вдома", "167", "14 530"], ["Денний догляд", "21", "1 380"], ["Натуральна допомога", "48", "96"], ["Всього", "236", "16 106"]]),
    ("Снігурівська", "3. Центр надання соціальних послуг Снігурівської міської ради",
     "Громаду звільнено від окупації 10.11.2022. Штатна чисельність центру – 31 посада, фактично працює 24 працівники. Моніторинг проведено 25.06.2025. Послуга денного догляду не надається, її відновлення заплановано на 2026 рік.",
     [["Догляд вдома", "143", "12 012"], ["Денний догляд", "–", "–"], ["Натуральна допомога", "389", "778"], ["Всього", "532", "12 790"]]),
]
INTRO = [
    "Департамент соціального захисту населення Миколаївської обласної державної адміністрації",
    "ДОВІДКА за результатами моніторингу діяльності центрів надання соціальних послуг територіальних громад Баштанського району за І півріччя 2025 року",
    "На виконання наказу директора Департаменту від 02.06.2025 № 118 «Про проведення моніторингу» у червні 2025 року здійснено моніторинг діяльності трьох центрів надання соціальних послуг Баштанського району. Дані наведено за період з 01.01.2025 по 30.06.2025 за формою, затвердженою листом Департаменту від 14.03.2025 № 04-15/1187.",
]
OUTRO = [
    "4. Узагальнені висновки",
    "Загалом трьома центрами у І півріччі 2025 року надано 50 878 соціальних послуг 1 170 отримувачам (у І півріччі 2024 року – 47 312 послуг).",
    "Рівень укомплектованості кадрами становить: у Баштанському центрі – 92,1 %, у Новобузькому – 93,1 %, у Снігурівському – 77,4 %.",
    "Скарг до Департаменту щодо роботи зазначених центрів протягом звітного періоду не надходило.",
    "Рекомендовано: центру надання соціальних послуг Снігурівської міської ради вжити заходів щодо заповнення 7 вакантних посад до 01.10.2025.",
    "Заступник директора Департаменту – начальник управління соціальних послуг                    Андрій ПОЛІЩУК",
]


def build():
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    d.sections[0].footer.paragraphs[0].text = "ДСЗН Миколаївської ОДА · моніторинг ЦНСП Баштанського району"
    for i, t in enumerate(INTRO):
        d.add_paragraph(t, style="Title" if i == 1 else None) if i == 1 else d.add_paragraph(t)
    for n, (_, title, prose, rows) in enumerate(CENTRES):
        d.add_heading(title, level=2)
        d.add_paragraph(prose)
        tb = d.add_table(rows=len(rows) + 1, cols=3)
        tb.style = "Table Grid"
        for j, c in enumerate(HEAD):
            tb.cell(0, j).text = c
        for i, r in enumerate(rows, 1):
            for j, c in enumerate(r):
                tb.cell(i, j).text = c
        d.add_paragraph("")
    d.add_heading(OUTRO[0], level=2)
    for t in OUTRO[1:]:
        d.add_paragraph(t)
    p = os.path.join(HERE, STEM + ".docx")
    d.save(p)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, p], check=True, capture_output=True)
    os.remove(p)  # the intermediate DOCX is not part of the set; rerun this script to regenerate it


build()
SVC = {"Догляд вдома": "home_care", "Денний догляд": "day_care", "Натуральна допомога": "natural_aid"}
facts = []
for dist, title, prose, rows in CENTRES:
    pos = prose.split("Штатна чисельність центру – ")[1].split(",")[0]
    act = prose.split("фактично працює ")[1].split(".")[0]
    facts.append(F(None, "staff_positions", "positions", int(pos.split()[0]), "Штатна чисельність центру – " + pos, district=dist))
    facts.append(F(None, "staff_actual", "staff", int(act.split()[0]), "фактично працює " + act, district=dist))
    tot = rows[-1]
    # soffice breaks the Новобузька table across pages 1/2; the reader gives its orphaned Всього row space-joined
    tq = (" " if dist == "Новобузька" else "\t").join(tot)
    facts.append(F(dist + "P", "served", "persons", int(tot[1].replace(" ", "")), tq, district=dist, label="Всього"))
    facts.append(F(dist + "S", "services_provided", "services", int(tot[2].replace(" ", "")), tq, district=dist, label="Всього"))
    for r in rows[:-1]:
        if r[1] == "–":
            continue
        q = "\t".join(r)
        facts.append(F(dist + r[0] + "P", "served", "persons", int(r[1].replace(" ", "")), q, service=SVC[r[0]], district=dist, group=f"served_{dist}", parent=dist + "P"))
        facts.append(F(dist + r[0] + "S", "services_provided", "services", int(r[2].replace(" ", "")), q, service=SVC[r[0]], district=dist, group=f"services_{dist}", parent=dist + "S"))
facts += [
    F(None, "services_provided", "services", 50878, "надано 50 878 соціальних послуг", label="три центри разом"),
    F(None, "served", "recipients", 1170, "1 170 отримувачам", unit_alt="persons", label="три центри разом"),
    F(None, "share", "percent", 92.1, "у Баштанському центрі – 92,1 %", district="Баштанська", label="рівень укомплектованості кадрами"),
    F(None, "share", "percent", 93.1, "у Новобузькому – 93,1 %", district="Новобузька", label="рівень укомплектованості кадрами"),
    F(None, "share", "percent", 77.4, "у Снігурівському – 77,4 %", district="Снігурівська", label="рівень укомплектованості кадрами"),
    F(None, "complaints", "complaints", 0, "Скарг до Департаменту щодо роботи зазначених центрів протягом звітного періоду не надходило"),
]
audit = [
    {"rule": "table_arithmetic", "severity": "error", "quote": "Всього 236 16 106", "reported": 16106, "expected": 16006,
     "facts": ["НовобузькаS", "НовобузькаДогляд вдомаS", "НовобузькаДенний доглядS", "НовобузькаНатуральна допомогаS"],
     "note": "PLANTED. Новобузька table, column «Надано послуг»: 14 530 + 1 380 + 96 = 16 006, the Всього row says 16 106 (100 more). The persons column adds up (167 + 21 + 48 = 236). The summary 50 878 repeats the error (21 982 + 16 106 + 12 790 = 50 878; with correct parts 50 778)."},
    {"rule": "parts_sum", "severity": "warning", "quote": "надано 50 878 соціальних послуг", "reported": 50878, "expected": 50778,
     "note": "consequence of the same slip: the summary equals the sum of the written Всього rows but exceeds the sum of the service rows by 100. Optional finding."},
]
checks = [
    {"rule": "table_arithmetic", "quote": "Всього\t402\t21 982", "note": "214 + 32 + 156 = 402; 18 726 + 2 944 + 312 = 21 982"},
    {"rule": "table_arithmetic", "quote": "Всього\t532\t12 790", "note": "143 + 389 = 532; 12 012 + 778 = 12 790 («–» row empty)"},
    {"rule": "table_arithmetic", "quote": "Всього 236 16 106", "note": "persons column: 167 + 21 + 48 = 236 (the services column does not add up, see audit)"},
    {"rule": "parts_sum", "quote": "1 170 отримувачам", "note": "402 + 236 + 532 = 1 170"},
    {"rule": "percent_mismatch", "quote": "у Баштанському центрі – 92,1 %", "note": "35 / 38 = 92,11 % → 92,1 %"},
    {"rule": "percent_mismatch", "quote": "у Новобузькому – 93,1 %", "note": "27 / 29 = 93,10 % → 93,1 %"},
    {"rule": "percent_mismatch", "quote": "у Снігурівському – 77,4 %", "note": "24 / 31 = 77,42 % → 77,4 %"},
    {"rule": "parts_sum", "quote": "заповнення 7 вакантних посад", "note": "31 − 24 = 7 vacancies"},
]
skipped = [
    {"quote": "від 02.06.2025 № 118", "values": [118], "reason": "order number and date"},
    {"quote": "від 14.03.2025 № 04-15/1187", "values": [1187], "reason": "letter number"},
    {"quote": "Громада з населенням 26,4 тис. осіб", "values": [26400], "reason": "population"},
    {"quote": "Громада з населенням 27,9 тис. осіб", "values": [27900], "reason": "population"},
    {"quote": "Громаду звільнено від окупації 10.11.2022", "values": [], "reason": "date"},
    {"quote": "здійснено моніторинг діяльності трьох центрів", "values": [3], "reason": "number of centres monitored"},
    {"quote": "у І півріччі 2024 року – 47 312 послуг", "values": [47312], "reason": "previous year's figure"},
    {"quote": "її відновлення заплановано на 2026 рік", "values": [2026], "reason": "plan"},
    {"quote": "заповнення 7 вакантних посад до 01.10.2025", "values": [7], "reason": "vacancies in a recommendation; no §3 id"},
]
notes = [
    "the document is written by the oblast department about three centres: meta centre = the department (uszn); the centres are told apart in `district` (hromada). Accepted alternatives: centre_type cnsp, settlement Баштанка",
    "settlement: the department sits in Миколаїв (not written in the text); Баштанка accepted",
    "each table row gives two facts (persons, services); the «Всього» rows are facts too (two per table); «–» cells give no fact",
    "table headings «1.», «2.», «3.» and «4. Узагальнені висновки» are section numbers, not facts",
    "report_kind period_report («за І півріччя 2025 року»); external_assessment accepted",
    "PDF trap (not planted on purpose, kept): the Новобузька table breaks across pages 1/2, so its «Всього» row – the one with the planted slip – stands alone at the top of page 2 and `zvitparse read` gives it as «Всього 236 16 106» (spaces, no tabs)",
    "the test file is the PDF; the intermediate DOCX is deleted by the generator (rerun gen_06.py to rebuild)",
]
write_gold(STEM, STEM + ".pdf",
           {"settlement": "Миколаїв",
            "centre": "Департамент соціального захисту населення Миколаївської обласної державної адміністрації",
            "centre_type": "uszn", "oblast": "Миколаївська", "report_kind": "period_report",
            "period_start": "2025-01-01", "period_end": "2025-06-30"},
           facts, audit, checks, skipped, notes,
           meta_alt={"centre_type": ["cnsp"], "settlement": ["Баштанка"], "report_kind": ["external_assessment"]})
