"""b65_08: a Google Sheets «Publish to web» page (pubhtml): КУ «ЦНСП» Народицької селищної ради,
quarterly indicators for 2024 with a year column. Waffle table with column letters and row numbers,
frozen header rows (freezebar cells), empty styled cells, sheet tabs Аркуш1 | Аркуш2 (a 2025 plan on
the hidden sheet), the Google footer."""
import sys
from html import escape
from common import Gold, write_text, report_path, read_text

DOC = "b65_08_narodychi_cnsp_sheet2024.html"
P = report_path(DOC)
COLS = "ABCDEFGHI"
NOTES = {
    "1": "журнал реєстрації звернень; повторні звернення не враховано",
    "2": "за актами оцінки потреб (форма з наказу Мінсоцполітики)",
    "3": "рядок 3 = сума рядків 3.1–3.3",
    "3.1": "у т.ч. консультування по телефону",
    "3.2": "за табелями соціальних робітників",
    "3.3": "продуктові набори, одяг, засоби гігієни",
    "4": "рішення про взяття під супровід",
    "5": "тренінги, клуби, інформаційні зустрічі",
    "6": "за листами реєстрації учасників",
    "7": "письмові скарги, зареєстровані в журналі",
    "8": "за даними бухгалтерії, КПКВК 0813242",
}
S1 = [
    ["Показники діяльності КУ «Центр надання соціальних послуг» Народицької селищної ради за 2024 рік", "", "", "", "", "", "", "", ""],
    ["станом на 15.01.2025", "", "", "", "", "", "", "", ""],
    ["№ з/п", "Показник", "Од. виміру", "I кв.", "II кв.", "III кв.", "IV кв.", "2024 рік", "Джерело даних / примітка"],
    ["1", "Звернулося до Центру", "осіб", "84", "71", "66", "79", "300"],
    ["2", "Проведено оцінку потреб", "осіб", "22", "19", "17", "25", "83"],
    ["3", "Надано соціальних послуг, усього", "послуг", "3 412", "3 380", "3 297", "3 506", "13 595"],
    ["3.1", "у т.ч. консультування", "послуг", "402", "366", "351", "420", "1 539"],
    ["3.2", "у т.ч. догляд вдома", "послуг", "2 870", "2 881", "2 812", "2 943", "11 506"],
    ["3.3", "у т.ч. натуральна допомога", "послуг", "140", "133", "134", "143", "550"],
    ["4", "Взято під соціальний супровід", "сімей", "3", "2", "4", "1", "10"],
    ["5", "Проведено групових заходів", "заходів", "6", "5", "4", "7", "22"],
    ["6", "Учасників групових заходів", "осіб", "88", "64", "51", "97", "310"],
    ["7", "Скарги", "од.", "0", "0", "1", "0", "1"],
    ["8", "Касові видатки (загальний фонд)", "тис. грн", "2 204,7", "2 316,2", "2 187,9", "2 598,4", "9 307,2"],
    ["", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", ""],
    ["Примітка 1: дані IV кварталу попередні, уточнення до 05.02.2025. Показники заповнюються відповідальними працівниками відділень до 5 числа місяця, що настає за кварталом.", "", "", "", "", "", "", "", ""],
    ["Примітка 2: у рядку «2024 рік» для потокових показників – сума кварталів; формули не змінювати, комірки з формулами захищені.", "", "", "", "", "", "", "", ""],
    ["Примітка 3: одна особа могла отримати кілька послуг протягом року, тому кількість отримувачів у таблиці не наводиться (див. щомісячний звіт за формою відділу соціального захисту).", "", "", "", "", "", "", "", ""],
    ["Відповідальна особа: відділ моніторингу та оцінки якості, тел. (04140) 0-91-37, narodychi.cnsp@example.ua", "", "", "", "", "", "", "", ""],
]
for row in S1[3:14]:
    row.append(NOTES[row[0]])
S2 = [
    ["План на 2025 рік", "", ""],
    ["Показник", "План", "Примітка"],
    ["Звернулося до Центру", "320", ""],
    ["Проведено групових заходів", "24", "щомісяця 2"],
    ["", "", ""],
]
FROZEN = 3


def sheet(gid, rows, ncols, shown):
    cols = COLS[:ncols]
    h = [f'<div id="{gid}" style="display:{"block" if shown else "none"};position:relative;" dir="ltr">',
         '<div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0" cellpadding="0">',
         '<thead><tr><th class="row-header freezebar-origin-ltr"></th>']
    for i, c in enumerate(cols):
        h.append(f'<th id="{gid}C{i}" style="width:{[46, 330, 80, 70, 70, 70, 70, 80, 300][i]}px;" class="column-headers-background">{c}</th>')
    h.append('</tr></thead><tbody>')
    for r, row in enumerate(rows):
        h.append(f'<tr style="height: 20px"><th id="{gid}R{r}" style="height: 20px;" class="row-headers-background">'
                 f'<div class="row-header-wrapper" style="line-height: 20px">{r + 1}</div></th>')
        if row[0] and not any(row[1:]):
            h.append(f'<td class="s{1 if r < 2 else 9}" dir="ltr" colspan="{ncols}">{escape(row[0])}</td>')
        else:
            for j, v in enumerate(row):
                cls = "s3" if r == FROZEN - 1 else ("s5" if j >= 3 else "s4")
                if v == "":
                    h.append(f'<td class="{cls}"></td>')
                else:
                    h.append(f'<td class="{cls}" dir="ltr">{escape(v)}</td>')
        h.append('</tr>')
        if r == FROZEN - 1 and gid == "0":
            h.append('<tr><th style="height:2px;" class="freezebar-cell freezebar-horizontal-handle"></th>'
                     + "".join('<td class="freezebar-cell freezebar-horizontal"></td>' for _ in cols) + '</tr>')
    h.append('</tbody></table></div></div>')
    return "\n".join(h)


PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:title" content="ЦНСП Народичі показники 2024"><title>ЦНСП Народичі показники 2024 - Таблиці Google</title>
<link href="/static/spreadsheets2/client/css/published_waffle.css" type="text/css" rel="stylesheet">
<style type="text/css">.ritz .waffle a {{ color: inherit; }}.ritz .waffle .s1{{background-color:#ffffff;text-align:left;font-weight:bold;color:#000000;font-family:Arial;font-size:12pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}}.ritz .waffle .s3{{border-bottom:1px SOLID #000000;background-color:#d9ead3;text-align:center;font-weight:bold;font-family:Arial;font-size:10pt;}}.ritz .waffle .s4{{border-right:1px SOLID #000000;background-color:#ffffff;text-align:left;font-family:Arial;font-size:10pt;}}.ritz .waffle .s5{{background-color:#ffffff;text-align:right;font-family:Arial;font-size:10pt;}}.ritz .waffle .s9{{text-align:left;font-style:italic;font-family:Arial;font-size:9pt;}}</style>
<script type="text/javascript" nonce="x">var gid = 0; function switchToSheet(id) {{ return false; }}</script></head>
<body><div id="doc-title"><span class="name">ЦНСП Народичі показники 2024</span><span class="updating">Оновлено: 2 хв. тому</span></div>
<div id="sheet-menu"><ul id="sheet-menu"><li id="sheet-button-0" class="active"><a href="#" onclick="switchToSheet('0')">Аркуш1</a></li><li id="sheet-button-1271508396"><a href="#" onclick="switchToSheet('1271508396')">Аркуш2</a></li></ul></div>
<div id="top-bar"></div>
<div id="sheets-viewport">
{sheet("0", S1, 9, True)}
{sheet("1271508396", S2, 3, False)}
</div>
<div id="footer"><div class="dash">Опубліковано в <a href="https://www.google.com/sheets/about/" target="_blank">Google Таблицях</a> – <a href="https://docs.google.com/abuse?id=example" target="_blank">Повідомити про порушення</a> – Оновлюється автоматично кожні 5 хвилин</div></div>
<script type="text/javascript" nonce="x">var a = document.getElementById('0'); a.style.display = 'block';</script>
</body></html>
"""
write_text(P, PAGE)
if len(sys.argv) > 1:
    print(read_text(P)); sys.exit()

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Народицької селищної ради", "centre_type": "cnsp",
    "settlement": "Народичі", "report_kind": "annual_report",
    "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Народицької селищної ради",
                "КУ «Центр надання соціальних послуг» Народицької селищної ради"],
     "report_kind": ["period_report", "other"]})
F = g.f
n = lambda x: x[1:]
QL = ["I кв.", "II кв.", "III кв.", "IV кв."]
SPEC = {  # row id → (indicator, unit, kw)
    "1": ("applied", "persons", {}),
    "2": ("needs_assessed", "persons", {}),
    "3": ("services_provided", "services", {}),
    "3.1": ("services_provided", "services", {"service": "counselling"}),
    "3.2": ("services_provided", "services", {"service": "home_care"}),
    "3.3": ("services_provided", "services", {"service": "natural_aid"}),
    "4": ("support_started", "families", {"service": "social_support_sjo"}),
    "5": ("events", "events", {}),
    "6": ("event_participants", "persons", {}),
    "7": ("complaints", "complaints", {}),
    "8": ("budget_spent", "uah", {"label": "загальний фонд"}),
}


def val(s, money):
    x = float(s.replace(" ", "").replace(",", "."))
    return int(round(x * 1000)) if money else int(x)


cell = {}  # (row id, col index 0..4) → fact id; col 4 = year
rowq = {}
for row in S1[3:14]:
    rid = row[0]
    ind, unit, kw = SPEC[rid]
    q = "\t".join(row[:8])
    rowq[rid] = q
    money = unit == "uah"
    lab0 = kw.get("label")
    kw2 = {k: v for k, v in kw.items() if k != "label"}
    sub = rid in ("3.1", "3.2", "3.3")
    yl = "2024 рік" + (f", {lab0}" if lab0 else "")
    cell[(rid, 4)] = F(ind, unit, val(row[7], money), q, label=yl,
                       group=("services_2024_by_service" if sub else None),
                       parent=(cell[("3", 4)] if sub else None), **kw2)
    for i in range(4):
        lab = QL[i] + (f", {lab0}" if lab0 else "")
        if sub:
            cell[(rid, i)] = F(ind, unit, val(row[3 + i], money), q, label=lab,
                               group=f"services_q{i + 1}_by_service", parent=cell[("3", i)], **kw2)
        else:
            cell[(rid, i)] = F(ind, unit, val(row[3 + i], money), q, label=lab,
                               group=f"row{rid}_2024_by_quarter", parent=cell[(rid, 4)], **kw2)


def qsum(rid):
    return " + ".join(f"f{n(cell[(rid, i)])}" for i in range(4)) + f" == f{n(cell[(rid, 4)])}"


g.slip("table_arithmetic", "error", rowq["6"], 310, 300, [cell[("6", i)] for i in range(5)],
       "row 6 (participants of group events): 88 + 64 + 51 + 97 = 300, the «2024 рік» column says 310; "
       "the sheet's own note says the year column of flow indicators is the sum of the quarters",
       qsum("6"))
for rid in SPEC:
    if rid == "6":
        continue
    g.check("table_arithmetic", rowq[rid], f"row {rid}: the four quarters sum to the «2024 рік» column", qsum(rid))
for i, lab in enumerate(QL + ["2024 рік"]):
    g.check("table_arithmetic", rowq["3"], f"{lab}: row 3 = 3.1 + 3.2 + 3.3 (the sheet's own note)",
            " + ".join(f"f{n(cell[(r, i)])}" for r in ("3.1", "3.2", "3.3")) + f" == f{n(cell[('3', i)])}")
g.check("parts_sum", rowq["2"], "needs assessed ≤ applied in every quarter",
        " and ".join(f"f{n(cell[('2', i)])} <= f{n(cell[('1', i)])}" for i in range(5)))
S = g.skip
S("ЦНСП Народичі показники 2024Оновлено: 2 хв. тому", [2024, 2], "page title, update time")
S("A\tB\tC\tD\tE\tF\tG\tH\tI", [], "column letters of the published sheet")
S("за 2024 рік", [2024], "period in the title")
S("станом на 15.01.2025", [15, 1, 2025], "date")
S("№ з/п\tПоказник\tОд. виміру\tI кв.\tII кв.\tIII кв.\tIV кв.\t2024 рік", [1, 2, 3, 4, 2024], "header row (quarters, year)")
S("\t1\tЗвернулося до Центру", [1, 2, 3, 3.1, 3.2, 3.3, 4, 5, 6, 7, 8], "row numbers «№ з/п» (column A)")
S("рядок 3 = сума рядків 3.1–3.3", [3, 3.1, 3.3], "row numbers in a note")
S("за даними бухгалтерії, КПКВК 0813242", [813242], "programme classification code")
S("дані IV кварталу попередні, уточнення до 05.02.2025", [4, 5, 2, 2025], "quarter, date")
S("до 5 числа місяця", [5], "deadline")
S("Примітка 1:", [1, 2, 3], "note numbers")
S("у рядку «2024 рік» для потокових показників", [2024], "year")
S("тел. (04140) 0-91-37", [4140, 9137], "phone")
g.note("a Google Sheets «Publish to web» page: the reader prints the column letters row and drops the row-number "
       "column and the empty rows; the hidden sheet Аркуш2 (a 2025 plan: 320, 24, «щомісяця 2») is not printed, so it has no gold entries")
g.note("every cell of the 11 indicator rows is a fact quoted by its row (55 facts); a quarter cell carries the quarter as its label "
       "and hangs on the «2024 рік» cell of its row; the cells of rows 3.1–3.3 hang on row 3's cell of the same column")
g.note("the text gives no oblast, so meta has none; report_kind annual_report (quarterly columns of one year), alternatives period_report / other")
g.write()
