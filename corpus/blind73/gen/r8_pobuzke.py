"""b73_08: a letter of the Управління соціального захисту населення Побузької селищної ради
(Кіровоградська) to the oblast department, with an attached information on social services in the
hromada for Q1 2025, as a document-flow system exports it to RTF: \\rtf1\\ansi\\ansicpg1251, a font
table with \\fcharset204, the letter in \\'xx (cp1251) escapes, the attachment in \\uNNNN? escapes,
\\par, bold runs, a \\header with a PAGE field, \\page, and a \\trowd … \\cellx … \\cell … \\row table.
Planted slip: percent_impossible (89,7 % satisfied of 38 respondents: no whole number of 38 gives it)."""
from common import Gold, report_path

DOC = "b73_08_pobuzke_uszn_q1_2025.rtf"


def esc(s):
    return s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")


def hx(s):
    """cp1251 \\'xx escapes (the letter part)."""
    out = []
    for ch in esc(s):
        if ord(ch) < 128:
            out.append(ch)
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("cp1251")))
    return "".join(out)


def uu(s):
    """\\uNNNN? escapes (the attachment part)."""
    out = []
    for ch in esc(s):
        o = ord(ch)
        if ch == "\x00":
            out.append("\\~")
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def row(cells, widths, enc, bold=False):
    defs = "".join(f"\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10"
                   f"\\cellx{w}" for w in widths)
    b = "\\b " if bold else ""
    body = "".join("\\pard\\intbl\\ql {" + b + enc(c) + "}\\cell " for c in cells)
    return f"\\trowd\\trgaph108\\trleft-108{defs}\n{body}\\row\n"


LETTER_HEAD = ["ПОБУЗЬКА СЕЛИЩНА РАДА", "ГОЛОВАНІВСЬКОГО РАЙОНУ КІРОВОГРАДСЬКОЇ ОБЛАСТІ",
               "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ"]
LETTER_ADDR = ("26555, Кіровоградська обл., Голованівський р-н, смт Побузьке, вул. Незалежності, 24, "
               "тел. (05252) 0-31-76, e-mail: uszn.pobuzke@example.ua, код ЄДРПОУ 44170392")
LETTER = [
    ("11.04.2025 № 01-17/238", False),
    ("На № 04-09/1127 від 28.03.2025", False),
    ("Департамент соціального захисту населення Кіровоградської обласної військової адміністрації", True),
    ("Про надання інформації", True),
    ("На виконання листа Департаменту від 28.03.2025 № 04-09/1127 управління соціального захисту населення "
     "Побузької селищної ради надає інформацію про надання соціальних послуг у громаді за І квартал 2025 року.", False),
    ("Додаток: на 2 арк. в 1 прим.", False),
    ("Начальник управління                    (підпис)", True),
    ("Виконавець: відділ соціальних послуг, тел. (05252) 0-31-79", False),
]
ATT = [
    ("Додаток до листа управління від 11.04.2025 № 01-17/238", False),
    ("ІНФОРМАЦІЯ", True),
    ("про надання соціальних послуг у Побузькій селищній територіальній громаді за І квартал 2025 року", True),
    ("У І кварталі 2025 року до управління та КУ «Центр надання соціальних послуг» Побузької селищної ради "
     "звернулося 1 126 осіб щодо призначення допомог, субсидій та надання соціальних послуг, з них 214 – щодо "
     "соціальних послуг. Призначено 312 житлових субсидій та 47 державних соціальних допомог. Оцінку потреб "
     "проведено 57 особам.", False),
    ("Соціальні послуги, надані КУ «ЦНСП» у І кварталі 2025 року:", True),
]
TABLE = [["Назва послуги", "Отримувачів, осіб", "з них ВПО", "Надано послуг"],
         ["Догляд вдома", "142", "6", "5 318"],
         ["Натуральна допомога", "211", "47", "211"],
         ["Консультування", "96", "22", "140"],
         ["Соціальне таксі", "19", "0", "46"],
         ["Усього", "468", "75", "5 715"]]
ATT2 = [
    ("Догляд вдома у кварталі розпочали отримувати 12 осіб, припинено надання послуги 9 особам (з них 7 – у "
     "зв’язку зі смертю, 2 – за власним бажанням).", False),
    ("Натуральну допомогу (продуктові набори, засоби гігієни – 264 набори) на загальну суму 126,6 тис. грн "
     "отримали 211 осіб.", False),
    ("Для соціального таксі використовується 1 спеціалізований автомобіль, тариф – 8,50 грн за 1 км.", False),
    ("Опитування отримувачів догляду вдома (38 осіб) показало, що якістю послуги задоволені 89,7 % опитаних. "
     "Скарг на якість надання соціальних послуг не надходило.", False),
    ("Для порівняння: у І кварталі 2024 року соціальні послуги отримали 431 особа.", False),
    ("Начальник управління                    (підпис)", True),
]


def build(path):
    r = ["{\\rtf1\\ansi\\ansicpg1251\\deff0\\deflang1058\\uc1"
         "{\\fonttbl{\\f0\\froman\\fcharset204\\fprq2 Times New Roman;}{\\f1\\fswiss\\fcharset204\\fprq2 Arial;}}\n"
         "{\\colortbl;\\red0\\green0\\blue0;}\n"
         "{\\*\\generator ASKOD RTF export 4.2;}\n"
         "{\\info{\\author " + hx("АСКОД") + "}{\\creatim\\yr2025\\mo4\\dy11\\hr10\\min2}}\n"
         "\\paperw11906\\paperh16838\\margl1701\\margr567\\margt1134\\margb1134\\titlepg\n"
         "{\\headerr \\pard\\qc\\f1\\fs18 " + hx("Продовження додатка, с. ") +
         "{\\field{\\*\\fldinst PAGE}{\\fldrslt 2}}\\par}\n"
         "{\\header \\pard\\qc\\f1\\fs18 {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}\n"]
    r.append("\\pard\\plain\\qc\\f0\\fs28 ")
    for h in LETTER_HEAD:
        r.append("{\\b " + hx(h) + "}\\par\n")
    r.append("\\pard\\qc\\fs20 " + hx(LETTER_ADDR) + "\\par\\par\n")
    for n, (t, b) in enumerate(LETTER):
        txt = hx(t)
        if not b:  # Word-style run noise: the paragraph split into rsid runs at the first space
            head, _, tail = txt.partition(" ")
            txt = ("{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\lang1058\\langfe1058\\insrsid48512%02d " % n + head +
                   "}{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid51730%02d  " % n + tail + "}")
        r.append("\\pard\\plain\\f0\\fs28\\fi709\\qj " + ("{\\b " + txt + "}" if b else txt) + "\\par\n")
    r.append("\\page\n")
    for t, b in ATT:
        t = t.replace("1 126", "1\x00126")
        r.append("\\pard\\plain\\f0\\fs26\\fi709\\qj " + ("{\\b " + uu(t) + "}" if b else uu(t)) + "\\par\n")
    widths = [3800, 5600, 7300, 9500]
    for i, rw in enumerate(TABLE):
        r.append(row(rw, widths, uu, bold=(i == 0 or i == len(TABLE) - 1)))
    r.append("\\pard\\plain\\f0\\fs26 \\par\n")
    for t, b in ATT2:
        r.append("\\pard\\plain\\f0\\fs26\\fi709\\qj " + ("{\\b " + uu(t) + "}" if b else uu(t)) + "\\par\n")
    r.append("}\n")
    with open(path, "w", encoding="ascii", newline="\r\n") as fh:
        fh.write("".join(r))


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Побузької селищної ради", "centre_type": "uszn",
        "settlement": "Побузьке", "oblast": "Кіровоградська", "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-03-31"},
        {"report_kind": ["other"],
         "centre": ["Центр надання соціальних послуг Побузької селищної ради"],
         "centre_type": ["cnsp"]})
    ap = g.f("applied", "persons", 1126, "звернулося 1 126 осіб")
    ap2 = g.f("applied", "persons", 214, "з них 214 – щодо соціальних послуг", label="щодо соціальних послуг", parent=ap)
    na = g.f("needs_assessed", "persons", 57, "Оцінку потреб проведено 57 особам")
    SV = {"Догляд вдома": "home_care", "Натуральна допомога": "natural_aid", "Консультування": "counselling",
          "Соціальне таксі": "social_taxi"}
    tq = "Усього\t468\t75\t5 715"
    T = g.f("served", "persons", 468, tq, label="Усього, отримувачів")
    TI = g.f("served", "persons", 75, tq, category="внутрішньо переміщені особи", label="Усього, з них ВПО", parent=T)
    TS = g.f("services_provided", "services", 5715, tq, label="Усього")
    R, RI, RS = {}, {}, {}
    for rw in TABLE[1:-1]:
        q = "\t".join(rw)
        n, i, s = (int(x.replace(" ", "")) for x in rw[1:])
        R[rw[0]] = g.f("served", "persons", n, q, service=SV[rw[0]], group="table_recipients", parent=T)
        RI[rw[0]] = g.f("served", "persons", i, q, service=SV[rw[0]], category="внутрішньо переміщені особи",
                        group="table_idp", parent=TI)
        RS[rw[0]] = g.f("services_provided", "services", s, q, service=SV[rw[0]], group="table_services", parent=TS,
                        note="trips counted as services" if rw[0] == "Соціальне таксі" else None)
    hn = g.f("served", "persons", 12, "Догляд вдома у кварталі розпочали отримувати 12 осіб", service="home_care",
             alt=["registered_new", "support_started"], label="розпочали отримувати послугу", parent=R["Догляд вдома"])
    hc = g.f("support_completed", "persons", 9, "припинено надання послуги 9 особам", service="home_care",
             alt=["deregistered"])
    h1 = g.f("outcome_other", "persons", 7, "з них 7 – у \nзв'язку зі смертю".replace(" \n", " "), service="home_care",
             label="у зв'язку зі смертю", alt=["deregistered"], group="stopped_9_by_reason", parent=hc)
    h2 = g.f("outcome_other", "persons", 2, "2 – за власним бажанням", service="home_care", label="за власним бажанням",
             alt=["deregistered"], group="stopped_9_by_reason", parent=hc)
    g.f("aid_value", "uah", 126600, "на загальну суму 126,6 тис. грн", service="natural_aid")
    nat = g.f("served", "persons", 211, "отримали 211 осіб", service="natural_aid",
              note="the table's natural-aid row written again in prose; two facts")
    rs = g.f("survey_respondents", "persons", 38, "Опитування отримувачів догляду вдома (38 осіб)", service="home_care")
    sat = g.f("satisfaction", "percent", 89.7, "якістю послуги задоволені 89,7 % опитаних", service="home_care")
    g.f("complaints", "complaints", 0, "Скарг на якість надання соціальних послуг не надходило")

    g.slip("percent_impossible", "error", "якістю послуги задоволені 89,7 % опитаних", 89.7, "89,5 or 92,1",
           [sat, rs], "with 38 respondents the reachable shares near 89,7 % are 34/38 = 89,5 % and 35/38 = 92,1 %; "
           "no whole number of respondents gives 89,7 %", f"grim_ok({sat}, {rs}, 1)")
    g.check("table_arithmetic", tq, "recipients: 142 + 211 + 96 + 19 = 468", " + ".join(R.values()) + f" == {T}")
    g.check("table_arithmetic", tq, "з них ВПО: 6 + 47 + 22 + 0 = 75", " + ".join(RI.values()) + f" == {TI}")
    g.check("table_arithmetic", tq, "services: 5 318 + 211 + 140 + 46 = 5 715", " + ".join(RS.values()) + f" == {TS}")
    g.check("table_arithmetic", "Натуральна допомога\t211\t47\t211", "each row: ВПО ≤ recipients",
            " and ".join(f"{RI[k]} <= {R[k]}" for k in R))
    g.check("parts_sum", "з них 214 – щодо соціальних послуг", "214 ≤ 1 126; 57 assessed ≤ 214", f"{ap2} <= {ap} and {na} <= {ap2}")
    g.check("parts_sum", "припинено надання послуги 9 особам (з них 7", "7 + 2 = 9; 12 new ≤ 142", f"{h1} + {h2} == {hc} and {hn} <= {R['Догляд вдома']}")
    g.check("internal_conflict", "отримали 211 осіб", "prose 211 natural-aid recipients = table row 211", f"{nat} == {R['Натуральна допомога']}")
    g.check("parts_sum", "Опитування отримувачів догляду вдома (38 осіб)", "38 respondents ≤ 142 home-care recipients",
            f"{rs} <= {R['Догляд вдома']}")

    g.skip("ГОЛОВАНІВСЬКОГО РАЙОНУ КІРОВОГРАДСЬКОЇ ОБЛАСТІ", [], "district (no number)")
    g.skip("26555, Кіровоградська обл., Голованівський р-н, смт Побузьке, вул. Незалежності, 24, тел. (05252) 0-31-76",
           [26555, 24, 5252, 3176], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44170392", [44170392], "ЄДРПОУ")
    g.skip("11.04.2025 № 01-17/238", [11, 4, 2025, 1, 17, 238], "outgoing date and number")
    g.skip("На № 04-09/1127 від 28.03.2025", [4, 9, 1127, 28, 3, 2025], "incoming reference")
    g.skip("листа Департаменту від 28.03.2025 № 04-09/1127", [28, 3, 2025, 4, 9, 1127], "letter reference")
    g.skip("за І квартал 2025 року.", [2025], "report period")
    g.skip("Додаток: на 2 арк. в 1 прим.", [2, 1], "sheets and copies of the attachment")
    g.skip("тел. (05252) 0-31-79", [5252, 3179], "phone")
    g.skip("Додаток до листа управління від 11.04.2025 № 01-17/238", [11, 4, 2025, 1, 17, 238], "letter reference")
    g.skip("У І кварталі 2025 року", [2025], "period")
    g.skip("територіальній громаді за І квартал 2025 року", [2025], "report period")
    g.skip("Призначено 312 житлових субсидій та 47 державних соціальних допомог.", [312, 47],
           "subsidies and benefits granted (no §3 id)")
    g.skip("Соціальні послуги, надані КУ «ЦНСП» у І кварталі 2025 року:", [2025], "period")
    g.skip("засоби гігієни – 264 набори", [264], "items handed out")
    g.skip("Для соціального таксі використовується 1 спеціалізований автомобіль, тариф – 8,50 грн за 1 км.",
           [1, 8.5, 1], "vehicle count, tariff")
    g.skip("у І кварталі 2024 року соціальні послуги отримали 431 особа", [2024, 431], "prior-year figure")
    g.note("the letter (cp1251 \\'xx escapes) and the attachment (\\uNNNN? escapes) are one document; the header with the PAGE field is not in the read text")
    g.note("the figures are the hromada's (mostly the КУ «ЦНСП»'s), reported by the УСЗН: meta centre is the УСЗН that sends the letter; meta_alt allows the ЦНСП and report_kind other (a covering letter)")
    g.note("«припинено надання послуги 9 особам (з них 7 – у зв'язку зі смертю, 2 – за власним бажанням)» → support_completed (alt deregistered) with outcome_other reasons")
    g.note("applied 1 126 includes appeals for benefits and subsidies; the 214 for social services hang on it")
    g.write()


if __name__ == "__main__":
    main()
