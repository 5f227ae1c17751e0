"""b29_07: КУ «ЦНСП» Немирівської міської ради, main indicators for 2024 by quarter, saved from a
spreadsheet as TXT (UTF-8 with BOM, CRLF): semicolon-separated rows with a header row, the indicators as
rows and figures in columns (2023, I–IV кв. 2024, 2024, dynamics %), title and signature lines around it
padded with empty cells. Oblast not stated.
Planted slip: table_arithmetic (оцінювання потреб: 58 + 64 + 71 + 49 = 242, the year cell says 224)."""
from common import Gold, write_text, report_path

DOC = "b29_07_nemyriv_cnsp_table2024.txt"
NCOL = 10

# (no, name, unit, y2023, q1, q2, q3, q4, y2024, dyn)
ROWS = [
    ("1", "Кількість осіб, які звернулися до Центру за наданням соціальних послуг", "осіб", "1436", "352", "318", "297", "389", "1356", "94,4"),
    ("2", "Кількість осіб, яким проведено оцінювання індивідуальних потреб", "осіб", "231", "58", "64", "71", "49", "224", "97,0"),
    ("3", "Взято на обслуговування (вперше)", "осіб", "118", "34", "29", "41", "27", "131", "111,0"),
    ("4", "Знято з обслуговування (з усіх причин)", "осіб", "96", "22", "31", "19", "25", "97", "101,0"),
    ("5", "Кількість наданих соціальних послуг, всього", "послуг", "61208", "15874", "15512", "16093", "16327", "63806", "104,2"),
    ("5.1", "у т.ч. догляд вдома", "послуг", "52310", "13402", "13115", "13586", "13760", "53863", "103,0"),
    ("5.2", "у т.ч. денний догляд", "послуг", "4106", "1128", "1096", "1217", "1244", "4685", "114,1"),
    ("5.3", "у т.ч. консультування", "послуг", "2917", "786", "802", "771", "805", "3164", "108,5"),
    ("5.4", "у т.ч. інші послуги (соціальна адаптація, натуральна допомога, соціальне таксі)", "послуг", "1875", "558", "499", "519", "518", "2094", "111,7"),
    ("6", "Видано продуктових наборів", "шт.", "1204", "310", "295", "260", "342", "1207", "100,2"),
    ("7", "Надійшло коштів до спецфонду за платні соціальні послуги", "тис. грн", "412,6", "104,3", "98,7", "101,5", "117,2", "421,7", "102,2"),
    ("8", "Населених пунктів, у яких надаються послуги (на кінець періоду)", "од.", "24", "24", "24", "25", "25", "25", "104,2"),
    ("9", "Чисельність фактично працюючих працівників (на кінець періоду)", "осіб", "57", "58", "58", "56", "59", "59", "103,5"),
]


def line(*cells):
    cells = list(cells) + [""] * (NCOL - len(cells))
    return ";".join(cells)


def text():
    out = [
        line("Комунальна установа «Центр надання соціальних послуг» Немирівської міської ради"),
        line("22800, м. Немирів, вул. Соборна, 41, тел. (04331) 0-21-46"),
        line(),
        line("Основні показники діяльності за 2024 рік (у порівнянні з 2023 роком)"),
        line("Дані за квартали наведено окремо за кожен квартал, не наростаючим підсумком"),
        line("Джерело: журнали обліку отримувачів, звіти відділень, дані бухгалтерського обліку"),
        line(),
        line("№ з/п", "Показник", "Од. виміру", "2023 рік", "I кв. 2024", "II кв. 2024", "III кв. 2024",
             "IV кв. 2024", "2024 рік", "2024 до 2023, %"),
    ]
    for r in ROWS:
        out.append(line(*r))
    out += [
        line(),
        line("Примітка: рядки 8 і 9 – станом на кінець періоду; у графі «2024 рік» – станом на 31.12.2024."),
        line("Рядок 5.4 включає також разові послуги інформування."),
        line("Рядок 6 – продуктові набори, отримані від благодійного фонду «Подільська надія» та придбані за програмою на 2024–2025 роки."),
        line(),
        line("Директор", "", "", "", "", "(підпис)"),
        line("Виконавець: економіст", "", "", "тел. (04331) 0-21-49"),
        line("Дата складання: 15.01.2025"),
    ]
    return "\n".join(out) + "\n"


def num(s):
    x = float(s.replace(",", "."))
    return int(x) if x.is_integer() else x


def main():
    path = report_path(DOC)
    write_text(path, "\ufeff" + text(), newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Немирівської міської ради",
        "centre_type": "cnsp", "settlement": "Немирів",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Немирівської міської ради",
                             "КУ «Центр надання соціальних послуг» Немирівської міської ради"],
                  "report_kind": ["period_report"]})
    f = g.f

    def v(fid):
        return "f" + fid[1:]
    QL = ["I квартал 2024", "II квартал 2024", "III квартал 2024", "IV квартал 2024"]
    spec = {
        "1": dict(indicator="applied", unit="persons", kw={}),
        "2": dict(indicator="needs_assessed", unit="persons", kw={}),
        "3": dict(indicator="served", unit="persons", kw={"alt": ["registered_new", "support_started"]}),
        "4": dict(indicator="deregistered", unit="persons", kw={}),
        "5": dict(indicator="services_provided", unit="services", kw={}),
        "5.1": dict(indicator="services_provided", unit="services", kw={"service": "home_care"}),
        "5.2": dict(indicator="services_provided", unit="services", kw={"service": "day_care"}),
        "5.3": dict(indicator="services_provided", unit="services", kw={"service": "counselling"}),
        "5.4": dict(indicator="services_provided", unit="services", kw={"label": "інші послуги"}),
        "7": dict(indicator="budget_received", unit="uah", kw={"label": "платні соціальні послуги"}),
        "9": dict(indicator="staff_actual", unit="staff", kw={}),
    }
    year, quarters = {}, {}
    for r in ROWS:
        no = r[0]
        if no not in spec:
            continue
        sp = spec[no]
        q = line(*r)
        conv = (lambda s: round(num(s) * 1000)) if no == "7" else num
        kw = dict(sp["kw"])
        parent = year["5"] if no.startswith("5.") else None
        ylabel = kw.pop("label", None)
        if no == "9":
            year[no] = f(sp["indicator"], sp["unit"], conv(r[8]), q, label="станом на 31.12.2024", **kw)
        else:
            year[no] = f(sp["indicator"], sp["unit"], conv(r[8]), q,
                         label=(ylabel + ", " if ylabel else "") + "2024 рік" if ylabel else None,
                         group="services_2024_by_kind" if parent else None, parent=parent, **kw)
        quarters[no] = []
        for i in range(4):
            if no == "9":
                quarters[no].append(f(sp["indicator"], sp["unit"], conv(r[4 + i]), q,
                                      label=f"на кінець: {QL[i]}", **kw))
            else:
                lab = (ylabel + ", " if ylabel else "") + QL[i]
                quarters[no].append(f(sp["indicator"], sp["unit"], conv(r[4 + i]), q, label=lab,
                                      group=f"row_{no}_by_quarter", parent=year[no], **kw))
    rq = {r[0]: line(*r) for r in ROWS}

    g.slip("table_arithmetic", "error", rq["2"], 224, 242, [year["2"]] + quarters["2"],
           "the four quarters of «Проведено оцінювання потреб» sum to 58 + 64 + 71 + 49 = 242; the «2024 рік» cell says 224 (digits transposed); the dynamics 97,0 % was computed from the wrong 224",
           " + ".join(v(x) for x in quarters["2"]) + f" == {v(year['2'])}")
    for no in ("1", "3", "4", "5", "5.1", "5.2", "5.3", "5.4", "7"):
        g.check("table_arithmetic", rq[no], f"row {no}: the four quarters sum to the «2024 рік» cell",
                " + ".join(v(x) for x in quarters[no]) + f" == {v(year[no])}")
    g.check("table_arithmetic", rq["5"], "services by kind: 53 863 + 4 685 + 3 164 + 2 094 = 63 806 for the year",
            " + ".join(v(year[k]) for k in ("5.1", "5.2", "5.3", "5.4")) + f" == {v(year['5'])}")
    for i in range(4):
        g.check("table_arithmetic", rq["5"], f"services by kind sum to the row-5 total in {QL[i]}",
                " + ".join(v(quarters[k][i]) for k in ("5.1", "5.2", "5.3", "5.4")) + f" == {v(quarters['5'][i])}")
    g.check("table_arithmetic", rq["9"], "row 9 is a point-in-time count: the year cell equals the IV quarter, not the sum",
            f"{v(year['9'])} == {v(quarters['9'][3])}")

    sk = g.skip
    sk(line("22800, м. Немирів, вул. Соборна, 41, тел. (04331) 0-21-46"), [22800, 41, 4331, 2146],
       "postcode, address, phone")
    sk("Основні показники діяльності за 2024 рік (у порівнянні з 2023 роком)", [2024, 2023], "years")
    sk(line("№ з/п", "Показник", "Од. виміру", "2023 рік", "I кв. 2024", "II кв. 2024", "III кв. 2024",
            "IV кв. 2024", "2024 рік", "2024 до 2023, %"), [2023, 2024, 2024, 2024, 2024, 2024, 2024, 2023],
       "column headings (years, quarters)")
    sk(rq["1"], [1, 1436, 94.4], "row number; every row's 2023 cell (prior-year figure) and dynamics % (ratio to 2023) are skipped the same way")
    for no in ("2", "3", "4", "5", "5.1", "5.2", "5.3", "5.4", "7", "9"):
        r = [x for x in ROWS if x[0] == no][0]
        sk(rq[no], [num(r[0]) if no.isdigit() else r[0], num(r[3]), num(r[9])],
           "row number, 2023 cell (prior year), dynamics % (ratio)")
    r6 = [x for x in ROWS if x[0] == "6"][0]
    sk(rq["6"], [num(x) for x in (r6[0],) + r6[3:]], "row 6: food sets are items (шт.), not a §3 fact")
    r8 = [x for x in ROWS if x[0] == "8"][0]
    sk(rq["8"], [num(x) for x in (r8[0],) + r8[3:]], "row 8: settlement count")
    sk(line("Примітка: рядки 8 і 9 – станом на кінець періоду; у графі «2024 рік» – станом на 31.12.2024."),
       [8, 9, 2024, 31, 12, 2024], "row numbers, date")
    sk(line("Рядок 5.4 включає також разові послуги інформування."), [5.4], "row number")
    sk("на 2024–2025 роки", [2024, 2025], "programme years")
    sk(line("Виконавець: економіст", "", "", "тел. (04331) 0-21-49"), [4331, 2149], "phone")
    sk(line("Дата складання: 15.01.2025"), [15, 1, 2025], "compile date")
    g.note("a spreadsheet saved as text: each indicator row gives five facts (four quarters and the year); all five are quoted by the row line as `zvitparse read` prints it (semicolons kept, trailing empty cells kept)")
    g.note("quarter cells carry a label and hang on the year cell of the same row (one group per row); the year cells of rows 5.1–5.4 hang on the row-5 year cell (one group)")
    g.note("row 9 (staff at the end of each period) is a stock: five staff_actual facts with labels and no parent; the year cell equals the IV-quarter cell")
    g.note("row 3 «Взято на обслуговування» → served (alt registered_new, support_started); row 7 is in тис. грн, stored in hryvnias as budget_received")
    g.note("the 2023 column (prior year) and the dynamics column (ratio) are skipped; row 6 (items) and row 8 (settlements) have no §3 id")
    g.write()


if __name__ == "__main__":
    main()
