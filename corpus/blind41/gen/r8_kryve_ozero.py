"""b41_08: ТЦСО Кривоозерської селищної ради (Миколаївська), Q2 2025, as a TXT printout from a case-management
program: header block with program name and print date, fixed-width lines, dotted leaders, form code and line
numbers (р. 010, гр. 3), a form feed with a repeated header. windows-1251, CRLF."""
from common import Gold, report_path, write_text

NAME = "b41_08_kryve_ozero_tcso_q2_2025.txt"
W = 92


def hdr(page):
    return [
        'АІС "СОЦПОСЛУГИ-ГРОМАДА"  вер. 4.2.17 (збірка 0611)'.ljust(W - 27) + "Дата друку: 03.07.2025 10:47",
        "Користувач: operator2".ljust(W - 10) + f"Арк. {page} з 2",
        "Установа: ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦ. ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦ. ПОСЛУГ) КРИВООЗЕРСЬКОЇ СЕЛИЩНОЇ РАДИ",
        "Код ЄДРПОУ: 40318572     Область: Миколаївська     Звітний період: 01.04.2025 - 30.06.2025",
        "=" * W,
    ]


def lead(label, value):
    """A dotted-leader line: label ....... value, right-aligned to W."""
    dots = W - len(label) - len(value) - 2
    return f"{label} {'.' * dots} {value}"


T1 = [
    ("Усього отримувачів (р.020+р.030+р.040)", "010", "402", "47", "38", "411", "449"),
    ("  догляд вдома", "020", "231", "19", "21", "229", "250"),
    ("  денний догляд", "030", "44", "12", "6", "50", "56"),
    ("  натуральна допомога", "040", "127", "16", "11", "132", "143"),
]


def t1line(r):
    return f"{r[0]:<40}|{r[1]:^6}|{r[2]:>8} |{r[3]:>6} |{r[4]:>6} |{r[5]:>8} |{r[6]:>8}"


L2 = [
    ("Кількість наданих соціальних послуг, усього (р. 110)", "18 346"),
    ("  у т.ч. догляд вдома (р. 111)", "14 902"),
    ("         денний догляд (р. 112)", "2 118"),
    ("         натуральна допомога (р. 113)", "1 426"),
    ("З гр. 7 р. 010: особи з інвалідністю (р. 120)", "173"),
    ("                внутрішньо переміщені особи (р. 130)", "36"),
    ("                одинокі (р. 140)", "118"),
    ("Знято з обслуговування за причинами (гр. 5 р. 010), осіб:", ""),
    ("  смерть (р. 151)", "22"),
    ("  влаштування до інтернатної установи (р. 152)", "5"),
    ("  за власним бажанням (р. 153)", "8"),
    ("  зміна місця проживання (р. 154)", "3"),
]
L3 = [
    ("Штатна чисельність, посад (р. 210)", "52,5"),
    ("Фактично зайнято, осіб (р. 220)", "49"),
    ("  з них соціальних робітників (р. 221)", "36"),
    ("Підвищили кваліфікацію за період, осіб (р. 230)", "11"),
    ("Надійшло плати за платні послуги (р. 310), тис. грн", "127,48"),
    ("Вартість наданої натуральної допомоги (р. 320), тис. грн", "96,30"),
    ("Тариф за 1 год догляду вдома (р. 330), грн", "81,15"),
    ("Надійшло заяв про надання послуг (р. 410)", "61"),
    ("Скарг (р. 420)", "0"),
    ("Середній вік отримувачів (р. 510), років", "77,4"),
    ("Населених пунктів обслуговування (р. 520)", "41"),
]


def text():
    out = hdr(1)
    out += ["ЗВІТ ПРО НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ  (форма СП-03, квартальна)".center(W), "=" * W, "",
            "Розділ 1. Отримувачі соціальних послуг".ljust(W - 6) + "(осіб)", "-" * W,
            f"{'Показник':<40}|{'Код':^6}|{'На поч.':>8} |{'Взято':>6} |{'Знято':>6} |{'На кін.':>8} |{'Обслуг.':>8}",
            f"{'':<40}|{'ряд.':^6}|{'періоду':>8} |{'':>6} |{'':>6} |{'періоду':>8} |{'за пер.':>8}",
            f"{'гр. 1':<40}|{'гр. 2':^6}|{'гр. 3':>8} |{'гр. 4':>6} |{'гр. 5':>6} |{'гр. 6':>8} |{'гр. 7':>8}",
            "-" * W]
    out += [t1line(r) for r in T1]
    out += ["-" * W, "Контроль: гр.6 = гр.3 + гр.4 - гр.5;  гр.7 = гр.3 + гр.4", "",
            "Розділ 2. Послуги, категорії, вибуття", "-" * W]
    out += [lead(a, b) if b else a for a, b in L2]
    out += ["", "--- кінець аркуша 1 ---", "\f" + hdr(2)[0]] + hdr(2)[1:]
    out += ["ЗВІТ ПРО НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ  (форма СП-03, квартальна)  -  продовження".center(W), "=" * W, "",
            "Розділ 3. Кадри, кошти, звернення", "-" * W]
    out += [lead(a, b) for a, b in L3]
    out += ["-" * W, "Сформовано автоматично 03.07.2025 о 10:47:15. Записів оброблено: 1 204.",
            "Відповідальна особа ____________________     М.П.", "", "--- Сторінка 2 ---", ""]
    return "\n".join(out)


def build():
    write_text(report_path(NAME), text(), encoding="cp1251", newline="\r\n")


def num(v):
    v = v.replace(" ", "")
    return float(v.replace(",", ".")) if "," in v else int(v)


def gold():
    from common import read_text
    rt = read_text(report_path(NAME))

    def line(key):
        hits = [ln for ln in rt.splitlines() if key in ln]
        assert len(hits) == 1, (key, hits)
        return hits[0]

    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Кривоозерської селищної ради",
        "centre_type": "tcso", "settlement": "Криве Озеро", "oblast": "Миколаївська",
        "report_kind": "period_report", "period_start": "2025-04-01", "period_end": "2025-06-30"},
        meta_alt={"centre": ["Територіальний центр соц. обслуговування (надання соц. послуг) Кривоозерської селищної ради",
                             "Територіальний центр соціального обслуговування Кривоозерської селищної ради"]})
    f = g.f
    svc = {0: None, 1: "home_care", 2: "day_care", 3: "natural_aid"}
    q = {i: "\t".join([T1[i][0].strip()] + list(T1[i][1:])) for i in range(4)}
    for i in range(4):
        assert q[i] in rt, q[i]
    new, out, end, srv = {}, {}, {}, {}
    lab = lambda i: "Усього" if i == 0 else T1[i][0].strip()  # noqa: E731
    for i in range(4):
        grp = (lambda nm: None) if i == 0 else (lambda nm: nm)
        par = (lambda d: None) if i == 0 else (lambda d: d[0])
        new[i] = f("served", "persons", int(T1[i][3]), q[i], service=svc[i], alt=["registered_new", "support_started"],
                   label=f"{lab(i)}: взято на обслуговування (гр. 4)", group=grp("gr4_by_row"), parent=par(new))
        out[i] = f("deregistered", "persons", int(T1[i][4]), q[i], service=svc[i],
                   label=f"{lab(i)}: знято (гр. 5)", group=grp("gr5_by_row"), parent=par(out))
        end[i] = f("support_ongoing", "persons", int(T1[i][5]), q[i], service=svc[i],
                   label=f"{lab(i)}: на кінець періоду (гр. 6)", group=grp("gr6_by_row"), parent=par(end))
        srv[i] = f("served", "persons", int(T1[i][6]), q[i], service=svc[i],
                   label=f"{lab(i)}: обслуговано за період (гр. 7)", group=grp("gr7_by_row"), parent=par(srv))
    sp = f("services_provided", "services", 18346, line("(р. 110)"))
    sp1 = f("services_provided", "services", 14902, line("(р. 111)"), service="home_care",
            group="services_r110_by_service", parent=sp)
    sp2 = f("services_provided", "services", 2118, line("(р. 112)"), service="day_care",
            group="services_r110_by_service", parent=sp)
    sp3 = f("services_provided", "services", 1426, line("(р. 113)"), service="natural_aid",
            group="services_r110_by_service", parent=sp)
    c1 = f("served", "persons", 173, line("(р. 120)"), category="особи з інвалідністю", parent=srv[0])
    c2 = f("served", "persons", 36, line("(р. 130)"), category="внутрішньо переміщені особи", parent=srv[0])
    c3 = f("served", "persons", 118, line("(р. 140)"), category="одинокі", parent=srv[0])
    rs = []
    for code, lb in (("151", "смерть"), ("152", "влаштування до інтернатної установи"),
                     ("153", "за власним бажанням"), ("154", "зміна місця проживання")):
        ln = line(f"(р. {code})")
        rs.append(f("deregistered", "persons", num(ln.rsplit(" ", 1)[1]), ln, label=lb,
                    group="deregistered_r010_gr5_by_reason", parent=out[0]))
    pos = f("staff_positions", "positions", 52.5, line("(р. 210)"))
    act = f("staff_actual", "staff", 49, line("(р. 220)"))
    sw = f("staff_actual", "staff", 36, line("(р. 221)"), label="соціальні робітники", parent=act)
    trn = f("staff_trained", "staff", 11, line("(р. 230)"))
    f("budget_received", "uah", 127480, line("(р. 310)"), label="плата за платні послуги")
    f("aid_value", "uah", 96300, line("(р. 320)"), service="natural_aid")
    f("applied", "applications", 61, line("(р. 410)"))
    f("complaints", "complaints", 0, line("(р. 420)"))

    start = {0: 402, 1: 231, 2: 44, 3: 127}
    for i in range(4):
        g.check("table_arithmetic", q[i],
                f"row {T1[i][1]}: гр.6 = гр.3 + гр.4 − гр.5 ({start[i]} + {T1[i][3]} − {T1[i][4]} = {T1[i][5]}); "
                f"гр.7 = гр.3 + гр.4 ({start[i]} + {T1[i][3]} = {T1[i][6]}); гр.3 is a literal (start of period)",
                f"{start[i]} + {new[i]} - {out[i]} == {end[i]} and {start[i]} + {new[i]} == {srv[i]}")
    for d, nm in ((new, "гр. 4"), (out, "гр. 5"), (end, "гр. 6"), (srv, "гр. 7")):
        g.check("table_arithmetic", q[0], f"{nm}: р.020 + р.030 + р.040 = р.010",
                f"{d[1]} + {d[2]} + {d[3]} == {d[0]}")
    g.check("parts_sum", line("(р. 151)"), "22 + 5 + 8 + 3 = 38 = гр. 5 р. 010", f"{' + '.join(rs)} == {out[0]}")
    g.check("parts_sum", line("(р. 120)"), "categories (overlapping) each ≤ 449 served (гр. 7 р. 010)",
            f"max({c1}, {c2}, {c3}) <= {srv[0]}")
    g.check("parts_sum", line("(р. 221)"), "36 ≤ 49 ≤ 52,5; 11 trained ≤ 49", f"{sw} <= {act} <= {pos} and {trn} <= {act}")
    g.slip("parts_sum", "error", line("(р. 110)"), 18446, 18346, [sp, sp1, sp2, sp3],
           "р. 111 + р. 112 + р. 113 = 14 902 + 2 118 + 1 426 = 18 446, but р. 110 «усього» says 18 346 "
           "(100 less); the three services are the ones the centre provides (гр. 1 of розділ 1), so the list "
           "is a partition", f"{sp1} + {sp2} + {sp3} == {sp}")

    g.skip('АІС "СОЦПОСЛУГИ-ГРОМАДА" вер. 4.2.17 (збірка 0611) Дата друку: 03.07.2025 10:47',
           [4, 2, 17, 611, 3, 7, 2025, 10, 47], "program version and build, print date/time (header repeated on sheet 2)")
    g.skip("Користувач: operator2 Арк. 1 з 2", [2, 1, 2], "user name, sheet numbers")
    g.skip("Код ЄДРПОУ: 40318572 Область: Миколаївська Звітний період: 01.04.2025 - 30.06.2025",
           [40318572, 1, 4, 2025, 30, 6, 2025], "ЄДРПОУ, period dates (header repeated on sheet 2)")
    g.skip("ЗВІТ ПРО НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ (форма СП-03, квартальна)", [3], "form code")
    g.skip("гр. 1\tгр. 2\tгр. 3\tгр. 4\tгр. 5\tгр. 6\tгр. 7", [1, 2, 3, 4, 5, 6, 7], "column numbers")
    g.skip(q[0], [20, 30, 40, 10, 402], "row codes (р.020 … р.010) and гр. 3 «На поч. періоду» (start-of-period "
           "count, a literal in checks)")
    g.skip("догляд вдома\t020\t231", [20, 231], "row code; гр. 3 start-of-period count")
    g.skip("денний догляд\t030\t44", [30, 44], "row code; гр. 3 start-of-period count")
    g.skip("натуральна допомога\t040\t127", [40, 127], "row code; гр. 3 start-of-period count")
    g.skip("Контроль: гр.6 = гр.3 + гр.4 - гр.5; гр.7 = гр.3 + гр.4", [6, 3, 4, 5, 7, 3, 4], "column numbers")
    g.skip("Розділ 1. Отримувачі соціальних послуг", [1], "section number (also 2, 3)")
    g.skip("Знято з обслуговування за причинами (гр. 5 р. 010), осіб:", [5, 10], "column and row numbers")
    g.skip(line("(р. 330)"), [1, 330, 81.15], "tariff")
    g.skip(line("(р. 510)"), [510, 77.4], "average age")
    g.skip(line("(р. 520)"), [520, 41], "settlement count")
    g.skip("Сформовано автоматично 03.07.2025 о 10:47:15. Записів оброблено: 1 204.", [3, 7, 2025, 10, 47, 15, 1204],
           "print timestamp, records processed")
    g.skip("--- Сторінка 2 ---", [2], "page marker")
    g.skip("(р. 110)", [110, 111, 112, 113, 120, 130, 140, 151, 152, 153, 154, 210, 220, 221, 230, 310, 320, 410, 420],
           "row codes of the dotted-leader lines")
    g.note("a case-management printout: each figure is quoted by its whole line as `zvitparse read` prints it "
           "(leading spaces dropped, runs of spaces collapsed, the pipe table of розділ 1 as tab-separated cells)")
    g.note("розділ 1 columns: гр. 3 «На поч. періоду» is a start-of-period count → skipped (literal in checks); "
           "гр. 4 «Взято» → served with label (alt registered_new, support_started); гр. 5 «Знято» → deregistered; "
           "гр. 6 «На кін. періоду» → support_ongoing; гр. 7 «Обслуг. за пер.» → served. Rows hang on р. 010 of the "
           "same column")
    g.note("money in тис. грн stored in hryvnias: 127,48 → 127480, 96,30 → 96300")
    g.note("52,5 posts is a fractional staff_positions fact; р. 221 social workers hang on р. 220")
    g.write()


if __name__ == "__main__":
    build()
    gold()
