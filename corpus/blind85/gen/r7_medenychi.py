"""b85_07: КУ «ЦНСП» Меденицької селищної ради (Львівська), annual report 2024 published as an XLSX workbook.
Sheets «Показники», «Якість», «Кошторис»; merged title cells, a two-row header, notes rows, formulas with
cached values, a hidden helper column, some numbers stored as text.
`zvitparse read` refuses XLSX, so quotes are rows as they read: visible cells joined by « | » (common.xlsx_text)."""
import re
import zipfile
import openpyxl
from openpyxl.styles import Font, Alignment
from common import Gold, report_path, freeze_zip

DOC = "b85_07_medenychi_cnsp_annual2024.xlsx"

SERV = [  # №, name, recipients, IDP (stored as given), services
    (1, "Інформування", 264, 58, 402),
    (2, "Консультування", 311, 72, 687),
    (3, "Догляд вдома", 118, 9, 26540),
    (4, "Денний догляд", 35, 4, 3920),
    (5, "Натуральна допомога", 196, 81, 196),
    (6, "Соціальний супровід сімей (осіб) у СЖО", 42, "11", 504),   # IDP typed as text: SUM skips it
]
OTHER = [
    ("Звернулося до Центру, осіб", 1027),
    ("Проведено оцінок потреб осіб/сімей", 214),
    ("Взято під соціальний супровід, сімей", 17),
    ("Завершено супровід, сімей", 15),
    ("  з них з позитивним результатом", 12),
    ("Проведено групових заходів", 23),
    ("Учасників групових заходів, осіб", 388),
    ("Штатна чисельність, посад", 38.5),
    ("Фактично працюючих, осіб", "36"),
    ("Скарг на якість послуг", 0),
]
QUAL = [("Адресність та індивідуальний підхід", 50, "targeting"), ("Своєчасність", 47, "timeliness"),
        ("Доступність та відкритість", 45, "accessibility"), ("Професійність", 52, "professionalism")]
SURVEYED = 54
BUDGET = [("2111", "Заробітна плата", 9846200, 9801344.17), ("2120", "Нарахування на оплату праці", 2166164, 2156295.72),
          ("2230", "Продукти харчування", 214000, 198640.50), ("2273", "Оплата електроенергії", 187500, 162418.09)]


def build(path):
    cached = {}   # (sheet index, ref) -> cached value written into the file
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Показники"
    bold = Font(bold=True)
    ws["A1"] = "Звіт про діяльність КУ «Центр надання соціальних послуг» Меденицької селищної ради за 2024 рік"
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Дрогобицький район Львівської області | ЄДРПОУ 44380512 | тел. (03244) 0-53-18"
    ws.merge_cells("A2:E2")
    ws["A3"], ws["B3"], ws["C3"], ws["E3"] = ("№ з/п", "Найменування соціальної послуги",
                                              "Кількість отримувачів, осіб", "Надано послуг, од.")
    ws["C4"], ws["D4"] = "усього", "з них ВПО"
    ws["F3"] = "довідк.: частка ВПО"
    for rng in ("A3:A4", "B3:B4", "C3:D3", "E3:E4"):
        ws.merge_cells(rng)
    for c in ("A3", "B3", "C3", "E3", "C4", "D4"):
        ws[c].font = bold
        ws[c].alignment = Alignment(wrap_text=True, horizontal="center")
    r0 = 5
    for i, (n, name, rec, idp, srv) in enumerate(SERV):
        r = r0 + i
        ws.cell(r, 1, n)
        ws.cell(r, 2, name)
        ws.cell(r, 3, rec)
        ws.cell(r, 4, idp)
        ws.cell(r, 5, srv).number_format = "#,##0"
        ws.cell(r, 6, f'=IF(C{r}=0,"",D{r}/C{r})').number_format = "0.0%"
        cached[(0, f"F{r}")] = int(idp) / rec
    rt = r0 + len(SERV)
    ws.cell(rt, 1, "Разом")
    ws.merge_cells(start_row=rt, start_column=1, end_row=rt, end_column=2)
    for col, letter in ((3, "C"), (4, "D"), (5, "E")):
        ws.cell(rt, col, f"=SUM({letter}{r0}:{letter}{rt - 1})").font = bold
    cached[(0, f"C{rt}")] = sum(s[2] for s in SERV)
    cached[(0, f"D{rt}")] = sum(s[3] for s in SERV if isinstance(s[3], int))   # text "11" not summed
    cached[(0, f"E{rt}")] = sum(s[4] for s in SERV)
    ws.cell(rt, 5).number_format = "#,##0"
    ws.cell(rt, 6, f"=D{rt}/C{rt}").number_format = "0.0%"
    cached[(0, f"F{rt}")] = cached[(0, f"D{rt}")] / cached[(0, f"C{rt}")]
    ws.cell(rt + 1, 1, "Примітка: у рядку 5 – кількість виданих наборів; у 2023 році отримувачів було 948, "
                       "наданих послуг – 30 115.")
    ws.merge_cells(start_row=rt + 1, start_column=1, end_row=rt + 1, end_column=5)
    ro = rt + 3
    ws.cell(ro, 1, "Інші показники діяльності").font = bold
    ws.merge_cells(start_row=ro, start_column=1, end_row=ro, end_column=5)
    ws.cell(ro + 1, 2, "Показник").font = bold
    ws.cell(ro + 1, 3, "2024 рік").font = bold
    for i, (name, v) in enumerate(OTHER):
        ws.cell(ro + 2 + i, 2, name)
        ws.cell(ro + 2 + i, 3, v)
    ws.column_dimensions["B"].width = 44
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["F"].hidden = True

    wq = wb.create_sheet("Якість")
    wq["A1"] = "Внутрішня оцінка якості соціальної послуги догляду вдома за 2024 рік (анкетування у грудні 2024 р.)"
    wq.merge_cells("A1:D1")
    wq["A1"].font = Font(bold=True)
    wq["A2"], wq["B2"] = "Опитано отримувачів, осіб", SURVEYED
    for j, h in enumerate(["Критерій", "Позитивних відповідей", "Частка, %", "Оцінка"], 1):
        wq.cell(3, j, h).font = bold
    for i, (name, k, _) in enumerate(QUAL):
        r = 4 + i
        wq.cell(r, 1, name)
        wq.cell(r, 2, k)
        wq.cell(r, 3, f"=ROUND(B{r}/$B$2*100,1)").number_format = "0.0"
        cached[(1, f"C{r}")] = float(f"{k * 100 / SURVEYED:.1f}")
        wq.cell(r, 4, "добре")
    rq = 4 + len(QUAL)
    wq.cell(rq, 1, "Загальна оцінка якості").font = bold
    wq.cell(rq, 4, "добре").font = bold
    wq.cell(rq + 1, 1, "Шкала: 80–100 % – «добре»; 60–79,9 % – «задовільно»; менше 60 % – «незадовільно». "
                       "Анкетування проведено 16–20.12.2024.")
    wq.merge_cells(start_row=rq + 1, start_column=1, end_row=rq + 1, end_column=4)
    wq.column_dimensions["A"].width = 40

    wk = wb.create_sheet("Кошторис")
    wk["A1"] = "Виконання кошторису за 2024 рік, загальний фонд, грн"
    wk.merge_cells("A1:E1")
    wk["A1"].font = Font(bold=True)
    for j, h in enumerate(["КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія"], 1):
        wk.cell(2, j, h).font = bold
    for i, (code, name, ap, sp) in enumerate(BUDGET):
        r = 3 + i
        wk.cell(r, 1, code)                      # the code typed as text
        wk.cell(r, 2, name)
        wk.cell(r, 3, ap).number_format = "#,##0.00"
        wk.cell(r, 4, sp).number_format = "#,##0.00"
        wk.cell(r, 5, f"=C{r}-D{r}").number_format = "#,##0.00"
        cached[(2, f"E{r}")] = round(ap - sp, 2)
    rb = 3 + len(BUDGET)
    wk.cell(rb, 2, "Разом").font = bold
    for col, letter in ((3, "C"), (4, "D"), (5, "E")):
        wk.cell(rb, col, f"=SUM({letter}3:{letter}{rb - 1})").number_format = "#,##0.00"
    cached[(2, f"C{rb}")] = sum(b[2] for b in BUDGET)
    cached[(2, f"D{rb}")] = round(sum(b[3] for b in BUDGET), 2)
    cached[(2, f"E{rb}")] = round(sum(round(b[2] - b[3], 2) for b in BUDGET), 2)
    wk.cell(rb + 1, 1, "Довідково: касові видатки спеціального фонду – 312 460,00 грн; кошторис на 2025 рік "
                       "затверджено в сумі 13,9 млн грн (рішення від 19.12.2024 № 2217).")
    wk.merge_cells(start_row=rb + 1, start_column=1, end_row=rb + 1, end_column=5)
    wk.column_dimensions["B"].width = 32
    wb.save(path)
    _write_cached(path, cached)
    freeze_zip(path)


def _write_cached(path, cached):
    """openpyxl writes formulas with an empty <v/>: put the cached values in, as Excel would have."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", name)
        if m:
            idx = int(m.group(1)) - 1
            s = data.decode("utf-8")

            def fill(mm):
                ref = mm.group(1)
                v = cached[(idx, ref)]
                return f'<c r="{ref}"{mm.group(2)}><f>{mm.group(3)}</f><v>{v!r}</v></c>'
            s = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>', fill, s)
            assert "<v></v>" not in s and "<v />" not in s
            data = s.encode("utf-8")
        if name == "docProps/core.xml":
            data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-24T09:00:00Z", data)
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            z.writestr(name, data)


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Меденицької селищної ради", "centre_type": "cnsp",
        "settlement": "Меденичі", "oblast": "Львівська", "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Меденицької селищної ради",
                             "КУ «Центр надання соціальних послуг» Меденицької селищної ради"]})
    f = g.f
    svc = ["informing", "counselling", "home_care", "day_care", "natural_aid", "social_support_sjo"]

    def th(v):
        return f"{v:,}".replace(",", " ")
    tq = f"Разом | {sum(s[2] for s in SERV)} | {sum(s[3] for s in SERV if isinstance(s[3], int))} | {th(sum(s[4] for s in SERV))}"
    T = f("served", "persons", sum(s[2] for s in SERV), tq, label="Разом")
    TV = f("served", "persons", sum(s[3] for s in SERV if isinstance(s[3], int)), tq, label="Разом",
           category="внутрішньо переміщені особи", parent=T, note="the cached value of =SUM(D5:D10), which skips the text cell D10")
    TS = f("services_provided", "services", sum(s[4] for s in SERV), tq, label="Разом")
    R, V, S = [], [], []
    for (n, name, rec, idp, srv), sv in zip(SERV, svc):
        q = f"{n} | {name} | {rec} | {idp} | {th(srv)}"
        R.append(f("served", "persons", rec, q, service=sv, label=name, group="recipients_by_service", parent=T))
        V.append(f("served", "persons", int(idp), q, service=sv, label=name, category="внутрішньо переміщені особи",
                   group="idp_by_service", parent=TV,
                   note="stored as text in the workbook" if isinstance(idp, str) else None))
        S.append(f("services_provided", "services", srv, q, service=sv, label=name, group="services_by_service",
                   parent=TS))

    def oq(i):
        name, v = OTHER[i]
        vs = str(v).replace(".", ",")
        return f"{name.strip()} | {vs}"
    ap = f("applied", "persons", 1027, oq(0))
    na = f("needs_assessed", "families_persons", 214, oq(1))
    st = f("support_started", "families", 17, oq(2), service="social_support_sjo")
    sc = f("support_completed", "families", 15, oq(3), service="social_support_sjo")
    op = f("outcome_positive", "families", 12, oq(4), service="social_support_sjo", parent=sc)
    ev = f("events", "events", 23, oq(5))
    f("event_participants", "persons", 388, oq(6), parent=ev)
    pos = f("staff_positions", "positions", 38.5, oq(7))
    act = f("staff_actual", "staff", 36, oq(8), note="stored as text in the workbook")
    f("complaints", "complaints", 0, oq(9))
    sv_ = f("survey_respondents", "recipients", SURVEYED, f"Опитано отримувачів, осіб | {SURVEYED}", unit_alt="persons",
            service="home_care")
    shares, rats = [], []
    for name, k, crit in QUAL:
        pct = float(f"{k * 100 / SURVEYED:.1f}")
        q = f"{name} | {k} | {f'{pct:.1f}'.replace('.', ',')} | добре"
        pct = int(pct) if pct.is_integer() else pct
        shares.append(f("share", "percent", pct, q, criterion=crit, alt=["satisfaction"], label=name, service="home_care"))
        rats.append(f("rating", "rating", "good", q, criterion=crit, service="home_care"))
    ov = f("rating", "rating", "good", "Загальна оцінка якості | добре", criterion="overall", service="home_care")

    def mq(x):
        return f"{x:,.2f}".replace(",", " ").replace(".", ",")
    A, SP, E = [], [], []
    tb = (sum(b[2] for b in BUDGET), round(sum(b[3] for b in BUDGET), 2), round(sum(round(b[2] - b[3], 2) for b in BUDGET), 2))
    bq = f"Разом | {mq(tb[0])} | {mq(tb[1])} | {mq(tb[2])}"
    TA = f("budget_approved", "uah", tb[0], bq, label="Разом, загальний фонд")
    TSP = f("budget_spent", "uah", tb[1], bq, label="Разом, загальний фонд")
    TE = f("budget_savings", "uah", tb[2], bq, label="Разом, загальний фонд")
    for code, name, a, s in BUDGET:
        e = round(a - s, 2)
        q = f"{code} | {name} | {mq(a)} | {mq(s)} | {mq(e)}"
        A.append(f("budget_approved", "uah", a, q, kekv=code, label=name, group="kekv_approved", parent=TA))
        SP.append(f("budget_spent", "uah", s, q, kekv=code, label=name, group="kekv_spent", parent=TSP))
        E.append(f("budget_savings", "uah", e, q, kekv=code, label=name, group="kekv_savings", parent=TE))
    sf = f("budget_spent", "uah", 312460, "касові видатки спеціального фонду – 312 460,00 грн", label="спеціальний фонд")

    g.slip("table_arithmetic", "error", tq, 224, 235, V + [TV],
           "the «з них ВПО» column sums to 235, but Разом shows 224: =SUM(D5:D10) skips D10, where 11 was typed as text",
           " + ".join(V) + f" == {TV}")
    g.check("table_arithmetic", tq, "column усього: 264 + 311 + 118 + 35 + 196 + 42 = 966", " + ".join(R) + f" == {T}")
    g.check("table_arithmetic", tq, "column Надано послуг: rows sum to 32 249", " + ".join(S) + f" == {TS}")
    g.check("parts_sum", "6 | Соціальний супровід сімей (осіб) у СЖО | 42 | 11 | 504",
            "each row's IDPs ≤ its recipients", " and ".join(f"{v} <= {r}" for v, r in zip(V, R)))
    g.check("parts_sum", oq(4), "12 positive ≤ 15 completed", f"{op} <= {sc}")
    g.check("parts_sum", oq(8), "36 working ≤ 38,5 positions", f"{act} <= {pos}")
    g.check("percent_mismatch", f"Опитано отримувачів, осіб | {SURVEYED}",
            "each share = positive answers / 54 (50 → 92,6; 47 → 87,0; 45 → 83,3; 52 → 96,3); the counts are literals",
            " and ".join(f"pct_ok({sh}, {k}, {sv_}, 1)" for sh, (_, k, _) in zip(shares, QUAL)))
    B = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.check("rating_band", "Шкала: 80–100 % – «добре»", "every criterion's rating matches the sheet's scale",
            " and ".join(f"band({sh}, {B}) == {r}" for sh, r in zip(shares, rats)))
    for lst, tot, nm in ((A, TA, "Затверджено"), (SP, TSP, "Касові видатки"), (E, TE, "Економія")):
        g.check("table_arithmetic", bq, f"Кошторис, column {nm}: rows sum to Разом", f"near({' + '.join(lst)}, {tot})")
    g.check("table_arithmetic", bq, "Економія = Затверджено − Касові видатки in every row and in Разом",
            " and ".join(f"near({a} - {s}, {e})" for a, s, e in zip(A + [TA], SP + [TSP], E + [TE])))

    g.skip("Звіт про діяльність КУ «Центр надання соціальних послуг» Меденицької селищної ради за 2024 рік", [2024], "year")
    g.skip("Дрогобицький район Львівської області | ЄДРПОУ 44380512 | тел. (03244) 0-53-18", [44380512, 3244, 5318],
           "ЄДРПОУ, phone")
    g.skip("1 | Інформування", [1, 2, 3, 4, 5, 6], "table row numbers 1–6")
    g.skip("Примітка: у рядку 5 – кількість виданих наборів; у 2023 році отримувачів було 948, наданих послуг – 30 115.",
           [5, 2023, 948, 30115], "row number, prior-year figures")
    g.skip("Показник | 2024 рік", [2024], "column header year")
    g.skip("(анкетування у грудні 2024 р.)", [2024], "survey date")
    g.skip("Адресність та індивідуальний підхід | 50", [50, 47, 45, 52],
           "positive answers per criterion: no §3 count id (literals in the share check)")
    g.skip("Шкала: 80–100 % – «добре»; 60–79,9 % – «задовільно»; менше 60 % – «незадовільно». Анкетування проведено 16–20.12.2024.",
           [80, 100, 60, 79.9, 60, 16, 20, 12, 2024], "rating bands, survey dates")
    g.skip("Виконання кошторису за 2024 рік, загальний фонд, грн", [2024], "year")
    g.skip("2111 | Заробітна плата", [2111, 2120, 2230, 2273], "KEKV codes (kept as the kekv of the rows)")
    g.skip("кошторис на 2025 рік затверджено в сумі 13,9 млн грн (рішення від 19.12.2024 № 2217)",
           [2025, 13.9, 19, 12, 2024, 2217], "next year's budget, decision date and number")
    g.note("XLSX: `zvitparse read` refuses the file («a spreadsheet (XLSX), not a report document»), so every quote is "
           "the row as it reads in the workbook: the visible cells, joined by « | », formulas by their cached value, "
           "numbers as their number format shows them (decimal comma, space thousands), text cells as typed; "
           "the hidden helper column F (частка ВПО) is left out; merged cells once (common.xlsx_text)")
    g.note("numbers stored as text are facts like any other: D10 «11» (IDP row 6) and «36» (Фактично працюючих)")
    g.note("table cells hang on the Разом cell of the same column; the IDP column on the IDP total")
    g.note("«Інші показники»: «Проведено оцінок потреб осіб/сімей» → needs_assessed families_persons; "
           "«Взято під соціальний супровід» → support_started; «Завершено супровід» → support_completed")
    g.note("«Якість»: shares are share with criterion (alt satisfaction), service home_care; the counts of positive "
           "answers are skipped and used as literals; the scale row gives the bands")
    g.note("«Кошторис»: KEKV codes are typed as text; economy cells are formulas; values in грн")
    g.write()


if __name__ == "__main__":
    main()
