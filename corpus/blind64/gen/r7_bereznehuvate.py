"""b64_07: КУ «Центр надання соціальних послуг» Березнегуватської селищної ради (Миколаївська),
annual report 2024 as a designer's PDF (an InDesign-style layout drawn with the reportlab canvas):
a colour cover band, big display numbers with small captions, thousands grouped with narrow no-break
spaces (U+202F) and thin spaces (U+2009), true minus signs, superscript footnote digits glued to
figures, soft hyphens inside long words, ﬁ/ﬂ ligatures in the English tagline, non-breaking hyphens in
«соціально‑психологічна», typographic quotes and ellipses, dot leaders, page folios.
Slips: percents_sum (the «who are our recipients» legend sums to 101,0 %) and percent_impossible
(91,3 % of 47 respondents)."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import HexColor, white
from common import Gold, report_path, register_dejavu, read_text

DOC = "b64_07_bereznehuvate_cnsp_annual2024.pdf"
NN, TH, SH, MI, NBH = "\u202f", "\u2009", "\u00ad", "\u2212", "\u2011"
W, H = A4
TEAL = HexColor("#0f6e73")
ORANGE = HexColor("#e8782a")


def lines(c, x, y, rows, font="DVSans", size=9.5, lead=13.5, color=None):
    c.setFont(font, size)
    if color is not None:
        c.setFillColor(color)
    for r in rows:
        c.drawString(x, y, r)
        y -= lead
    c.setFillColorRGB(0, 0, 0)
    return y


def display(c, x, y, big, caption, size=34, color=TEAL):
    c.setFillColor(color)
    c.setFont("DVSans-B", size)
    c.drawString(x, y, big)
    c.setFillColorRGB(0.25, 0.25, 0.25)
    c.setFont("DVCond", 8)
    for i, cap in enumerate(caption):
        c.drawString(x, y - 14 - i * 10, cap)
    c.setFillColorRGB(0, 0, 0)


def leader(c, x, y, label, value, width=230):
    c.setFont("DVSans", 9.5)
    c.drawString(x, y, label)
    c.drawRightString(x + width, y, value)
    lw = c.stringWidth(label, "DVSans", 9.5)
    vw = c.stringWidth(value, "DVSans", 9.5)
    dots = int((width - lw - vw - 8) / c.stringWidth(".", "DVSans", 9.5))
    c.setFillColorRGB(0.6, 0.6, 0.6)
    c.drawString(x + lw + 4, y, "." * max(dots, 0))
    c.setFillColorRGB(0, 0, 0)


def build(path):
    register_dejavu()
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Річний звіт 2024")
    c.setAuthor("ЦНСП")
    # ---- page 1 -----------------------------------------------------------
    c.setFillColor(TEAL)
    c.rect(0, H - 190, W, 190, stroke=0, fill=1)
    lines(c, 48, H - 60, ["КОМУНАЛЬНА УСТАНОВА", "«ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»",
                          "БЕРЕЗНЕГУВАТСЬКОЇ СЕЛИЩНОЇ РАДИ"], font="DVSans-B", size=13, lead=17, color=white)
    lines(c, 48, H - 130, ["Річний звіт · 2024"], font="DVSans-XL", size=30, color=white)
    lines(c, 48, H - 160, ["Annual Pro\ufb01le 2024 — a \ufb02exible, people-\ufb01rst service"],
          font="DVSerif-I", size=10, color=white)
    y0 = H - 270
    display(c, 48, y0, f"1{NN}245¹", ["отримувачів", "соціальних послуг"])
    display(c, 200, y0, f"18{NN}960", ["наданих", "соціальних послуг"])
    display(c, 352, y0, "312", ["звернень на", "«гарячу лінію»"])
    display(c, 448, y0, f"{MI}3,4{TH}%", ["отримувачів", "до 2023 року"], color=ORANGE)
    y = y0 - 70
    y = lines(c, 48, y, [
        f"У 2024 році Центр працював у 16 населених пунктах громади, де мешкає 12,9{TH}тис. людей.",
        f"Отри{SH}мувачів стало менше, ніж торік (1{NN}289 у 2023 році): частина ВПО повернулася додому…",
        f"Центр діє відповідно до рішення селищної ради від 24.11.2023 № 912 «Про затвердження",
        f"Положення». Середній вік отримувачів догляду вдома — 74 роки.",
    ])
    y -= 10
    lines(c, 48, y, ["Отримувачі за послугами"], font="DVSans-B", size=12, color=TEAL)
    y -= 20
    for lab, val in [("Догляд вдома", "214"), ("Денний догляд", "36"), ("Натуральна допомога", "611"),
                     ("Консультування", "298"),
                     (f"Соціальна адаптація (соціально{NBH}психологічна група)", "45"),
                     ("Соціальний супровід сімей у СЖО", "41")]:
        leader(c, 48, y, lab, val, width=330)
        y -= 15
    y -= 14
    lines(c, 48, y, ["Хто наші отримувачі"], font="DVSans-B", size=12, color=TEAL)
    y -= 20
    for i, (lab, val) in enumerate([("особи похилого віку", "58,4"), ("особи з інвалідністю", "23,7"),
                                    ("внутрішньо переміщені особи", "12,6"), ("сім'ї з дітьми", "6,3")]):
        c.setFillColor([TEAL, ORANGE, HexColor("#7fb8bb"), HexColor("#cccccc")][i])
        c.rect(48, y - 2, 9, 9, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("DVSans-B", 9.5)
        c.drawString(64, y, f"{val}{TH}%")
        c.setFont("DVSans", 9.5)
        c.drawString(110, y, lab)
        y -= 15
    y -= 16
    lines(c, 48, y, [
        "¹ Кожного отримувача враховано один раз — за основною послугою.",
        "Березнегувате · 56201, смт Березнегувате, вул. Миру, 17 · тел. (05168) 0-21-95",
    ], font="DVCond", size=7.5, lead=10)
    c.setFont("DVSans-XL", 20)
    c.drawRightString(W - 40, 30, "02")
    c.showPage()
    # ---- page 2 -----------------------------------------------------------
    c.setFillColor(TEAL)
    c.rect(0, H - 40, W, 40, stroke=0, fill=1)
    lines(c, 48, H - 26, ["ЦНСП Березнегуватської селищної ради · Річний звіт 2024"], font="DVSans", size=9,
          color=white)
    y = H - 80
    lines(c, 48, y, ["Соціальний супровід"], font="DVSans-B", size=12, color=TEAL)
    y -= 20
    y = lines(c, 48, y, [
        f"Під соціальним супроводом перебувала 41 сім'я, у яких виховується 88 дітей. Упро{SH}довж",
        f"року супровід завершено для 19 сімей; у 14² із них складні життєві обставини подолано.",
        f"Психолог Центру проводить соціально{NBH}психологічні заняття для батьків і підлітків.",
    ])
    y -= 18
    display(c, 48, y, "27", ["групових заходів"])
    display(c, 160, y, "386", ["учасників заходів"])
    display(c, 290, y, "47", ["отримувачів", "взяли участь в опитуванні"])
    display(c, 430, y, f"91,3{TH}%", ["опитаних задоволені", "якістю послуг"], color=ORANGE)
    y -= 66
    y = lines(c, 48, y, [
        f"Скарг на якість послуг — жодної. Адміністра{SH}тивно{NBH}господарські витрати скорочено…",
    ])
    y -= 14
    lines(c, 48, y, ["Фінанси"], font="DVSans-B", size=12, color=TEAL)
    y -= 20
    for lab, val in [("Затверджено кошторисом на 2024 рік", f"11{NN}284,7 тис.{NN}грн"),
                     ("Касові видатки", f"11{NN}036,2 тис.{NN}грн"),
                     ("Економія", f"248,5 тис.{NN}грн (2,2{TH}%)"),
                     ("Благодійні внески до спеціального фонду", f"412,0 тис.{NN}грн")]:
        leader(c, 48, y, lab, val, width=400)
        y -= 15
    y -= 14
    lines(c, 48, y, ["Команда"], font="DVSans-B", size=12, color=TEAL)
    y -= 20
    y = lines(c, 48, y, [
        f"52 штатні посади · 49 працівників · 7³ пройшли сертифікаційне навчання",
        f"Середнє навантаження соціального робітника — 8 отримувачів.",
    ])
    y -= 18
    lines(c, 48, y, [
        f"² Ще 5 сімей продовжують отримувати послугу у 2025 році.",
        f"³ Програма «Соціальна робота з громадою», 60 годин.",
        f"Фото: архів Центру. ЄДРПОУ 44391027. e{NBH}mail: o\ufb03ce.cnsp@example.ua",
    ], font="DVCond", size=7.5, lead=10)
    c.setFont("DVSans-XL", 20)
    c.drawRightString(W - 40, 30, "03")
    c.showPage()
    c.save()


def main():
    import re
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Березнегуватської селищної ради",
        "centre_type": "cnsp", "settlement": "Березнегувате", "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Березнегуватської селищної ради",
                             "КУ «Центр надання соціальних послуг» Березнегуватської селищної ради"]})
    f = g.f

    def dots(label):
        m = re.search(re.escape(label) + r" \.+ \d[\d ,]*\d(?: тис\. грн)?(?: \(2,2 %\))?", text)
        return m.group(0)

    t = f("served", "recipients", 1245, "1 245¹ отримувачів соціальних послуг", unit_alt="persons",
          note="display figure with the footnote mark ¹ glued to it (U+202F thousands space in the PDF)")
    sp = f("services_provided", "services", 18960, "18 960 наданих соціальних послуг")
    f("calls", "calls", 312, "312 звернень на")
    gr = "served_1245_by_service"
    rows = [("Догляд вдома", "home_care", 214), ("Денний догляд", "day_care", 36),
            ("Натуральна допомога", "natural_aid", 611), ("Консультування", "counselling", 298),
            ("Соціальна адаптація (соціально‑психологічна група)", "social_adaptation", 45),
            ("Соціальний супровід сімей у СЖО", "social_support_sjo", 41)]
    rid = []
    for lab, svc, v in rows:
        rid.append(f("served", "recipients", v, dots(lab), service=svc, group=gr, parent=t, unit_alt="persons"))
    shares = [("58,4 % особи похилого віку", 58.4, "особи похилого віку"),
              ("23,7 % особи з інвалідністю", 23.7, "особи з інвалідністю"),
              ("12,6 % внутрішньо переміщені особи", 12.6, "внутрішньо переміщені особи"),
              ("6,3 % сім'ї з дітьми", 6.3, "сім'ї з дітьми")]
    sid = [f("share", "percent", v, q, label=f"частка отримувачів: {lab}", category=lab, group="recipients_by_category")
           for q, v, lab in shares]
    sj = f("served", "families", 41, "Під соціальним супроводом перебувала 41 сім'я", service="social_support_sjo",
           alt=["support_ongoing"])
    f("served", "children", 88, "у яких виховується 88 дітей", service="social_support_sjo", alt=["support_ongoing"],
      parent=sj)
    c = f("support_completed", "families", 19, "супровід завершено для 19 сімей", service="social_support_sjo",
          parent=sj)
    op = f("outcome_positive", "families", 14, "у 14² із них складні життєві обставини подолано",
           service="social_support_sjo", parent=c, note="footnote mark ² glued to the figure")
    og = f("support_ongoing", "families", 5, "² Ще 5 сімей продовжують отримувати послугу у 2025 році.",
           service="social_support_sjo", note="«продовжують … у 2025 році» in a 2024 report → support_ongoing (footnote)")
    e = f("events", "events", 27, "27 групових заходів")
    f("event_participants", "persons", 386, "386 учасників заходів", parent=e)
    r = f("survey_respondents", "recipients", 47, "47 отримувачів взяли участь в опитуванні", unit_alt="persons")
    sat = f("satisfaction", "percent", 91.3, "91,3 % опитаних задоволені якістю послуг", alt=["share"])
    f("complaints", "complaints", 0, "Скарг на якість послуг — жодної.")
    ba = f("budget_approved", "uah", 11284700, dots("Затверджено кошторисом на 2024 рік"), label="кошторис на 2024 рік")
    bs = f("budget_spent", "uah", 11036200, dots("Касові видатки"))
    bv = f("budget_savings", "uah", 248500, dots("Економія"), percent=2.2)
    f("budget_received", "uah", 412000, dots("Благодійні внески до спеціального фонду"),
      label="спеціальний фонд, благодійні внески")
    ps = f("staff_positions", "positions", 52, "52 штатні посади")
    pa = f("staff_actual", "staff", 49, "49 працівників")
    pt = f("staff_trained", "staff", 7, "7³ пройшли сертифікаційне навчання", note="footnote mark ³ glued to the figure")

    g.slip("percents_sum", "error", "58,4 % особи похилого віку", 101.0, 100, sid,
           "the legend «Хто наші отримувачі» partitions the 1 245 recipients into four categories but sums to "
           "58,4 + 23,7 + 12,6 + 6,3 = 101,0 %. Each share alone is reachable with 1 245 (727, 295, 157, 78), "
           "but 727 + 295 + 157 + 78 = 1 257 > 1 245",
           "psum_ok([" + ", ".join(sid) + "], 1)", slip=1)
    g.slip("percent_impossible", "error", "91,3 % опитаних задоволені якістю послуг", 91.3, 91.5,
           [sat, r], "no whole number of the 47 respondents gives 91,3 %: 42/47 = 89,36 %, 43/47 = 91,49 % (expected: the nearest reachable value, 91,5)",
           f"grim_ok({sat}, {r}, 1)", slip=2)
    g.check("parts_sum", dots("Догляд вдома"), "214 + 36 + 611 + 298 + 45 + 41 = 1 245 (footnote ¹: each recipient counted once)",
            " + ".join(rid) + f" == {t}")
    g.check("percent_impossible", "58,4 % особи похилого віку", "each legend share alone is reachable with 1 245",
            " and ".join(f"grim_ok({x}, {t}, 1)" for x in sid))
    g.check("internal_conflict", "Під соціальним супроводом перебувала 41 сім'я", "the list row 41 = the prose 41",
            f"{rid[5]} == {sj}")
    g.check("parts_sum", "супровід завершено для 19 сімей; у 14² із них", "14 ≤ 19 ≤ 41; 41 − 19 ≥ 5 continuing",
            f"{op} <= {c} <= {sj} and {og} <= {sj} - {c}")
    g.check("table_arithmetic", dots("Економія"), "економія = затверджено − видатки: 11 284,7 − 11 036,2 = 248,5 тис. грн",
            f"{ba} - {bs} == {bv}")
    g.check("percent_mismatch", dots("Економія"), "248,5 / 11 284,7 = 2,20 % → 2,2",
            f"pct_ok({bv.replace('f', 'p')}, {bv}, {ba}, 1)")
    g.check("parts_sum", "52 штатні посади · 49 працівників · 7³", "7 ≤ 49 ≤ 52", f"{pt} <= {pa} <= {ps}")
    g.check("percent_mismatch", "−3,4 % отримувачів до 2023 року",
            "(1 289 − 1 245) / 1 289 = 3,41 % fewer → −3,4 % (1 289 and 3,4 are literals)",
            f"pct_ok(3.4, 1289 - {t}, 1289, 1)")

    sk = g.skip
    sk("Річний звіт · 2024", [2024], "title year")
    sk("Annual Profile 2024", [2024], "tagline year (ligatures ﬁ/ﬂ in the PDF)")
    sk("−3,4 % отримувачів до 2023 року", [-3.4, 2023], "difference to the previous year (true minus sign)")
    sk("У 2024 році Центр працював у 16 населених пунктах громади, де мешкає 12,9 тис. людей.", [2024, 16, 12900],
       "settlement count, population")
    sk("(1 289 у 2023 році)", [1289, 2023], "prior-year figure")
    sk("від 24.11.2023 № 912", [24, 11, 2023, 912], "decision date and number")
    sk("Середній вік отримувачів догляду вдома — 74 роки.", [74], "age")
    sk("¹ Кожного отримувача враховано один раз — за основною послугою.", [1], "footnote mark")
    sk("56201, смт Березнегувате, вул. Миру, 17 · тел. (05168) 0-21-95 02", [56201, 17, 5168, 2195, 2],
       "postcode, address, phone, page folio 02")
    sk("ЦНСП Березнегуватської селищної ради · Річний звіт 2024", [2024], "running head")
    sk("Середнє навантаження соціального робітника — 8 отримувачів.", [8], "ratio")
    sk("³ Програма «Соціальна робота з громадою», 60 годин.", [3, 60], "footnote mark, duration")
    sk("ЄДРПОУ 44391027", [44391027], "ЄДРПОУ")
    sk("\n03\n", [3], "page folio 03")

    g.note("designer PDF: the PDF text uses U+202F / U+2009 for thousands and before %, U+2212 minus, U+00AD soft hyphens, "
           "ﬁ/ﬂ/ﬃ ligatures, U+2011 non-breaking hyphens; `zvitparse read` prints the spaces as plain spaces, drops the soft "
           "hyphens and expands the ligatures, and keeps ¹²³, − and ‑. Quotes are as printed")
    g.note("the display figures (1 245¹, 18 960, 312, 27, 386, 47, 91,3 %) come out joined with their captions; the dot-leader "
           "rows of two lists come out run together on one line each; quotes are cut from those lines")
    g.note("footnote marks glued to figures (1 245¹, 14², 7³) are not part of the value")
    g.note("the «Хто наші отримувачі» legend gives standalone shares of the 1 245 recipients → share with label and category, "
           "one group; no oblast is written in the document, so meta has none")
    g.note("«Скарг … — жодної» → complaints 0; «Благодійні внески до спеціального фонду» → budget_received")
    g.write()


if __name__ == "__main__":
    main()
