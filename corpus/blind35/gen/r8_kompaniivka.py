"""b35_08: ЦСС Компаніївської селищної ради, annual report 2025 — a PDF of justified prose whose
words are hyphenated across line ends (the hyphen and the line break are in the text layer)."""
import re
from common import Gold, report_path, read_text
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

DOC = "b35_08_kompaniivka_css_annual2025.pdf"
WIDTH = 320
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", FD + "DejaVuSerif-Bold.ttf"))

VOW = set("аеєиіїоуюяАЕЄИІЇОУЮЯ")
LET = re.compile(r"[А-Яа-яЄєІіЇїҐґ']")


def breaks(word):
    """Allowed break points (indices) in a word: a crude Ukrainian syllable rule, also after an
    apostrophe (сім'-ям), as real office software with a poor dictionary does."""
    out = []
    core = word
    if core.upper() == core:
        return out
    n = len(core)
    for i in range(2, n - 1):
        left, right = core[:i], core[i:]
        if not all(LET.match(ch) for ch in core[max(0, i - 2):i + 2]):
            continue
        if not any(ch in VOW for ch in left) or not any(ch in VOW for ch in right):
            continue
        if len(re.sub(r"[^А-Яа-яЄєІіЇїҐґ]", "", right)) < 2:
            continue
        a, b = core[i - 1], core[i]
        if b == "'" or b in "ьЬ":
            continue
        if a == "'" or (a in VOW and b not in VOW) or (a not in VOW and b not in VOW and a not in "'"):
            out.append(i)
    return out


def layout(text, font, size, width):
    sw = lambda s: pdfmetrics.stringWidth(s, font, size)
    words = text.split(" ")
    lines, cur = [], []
    i = 0
    while i < len(words):
        wd = words[i]
        if sw(" ".join(cur + [wd])) <= width:
            cur.append(wd)
            i += 1
            continue
        done = False
        for k in sorted(breaks(wd), reverse=True):
            head = wd[:k] + "-"
            if sw(" ".join(cur + [head])) <= width:
                lines.append(cur + [head])
                cur = []
                words[i] = wd[k:]
                done = True
                break
        if not done:
            lines.append(cur)
            cur = []
    if cur:
        lines.append(cur + [None])
    return lines


NB = "\u00a0"
PARAS = [
    ("B", "ЗВІТ про роботу Центру соціальних служб Компаніївської селищної ради за 2025 рік"),
    ("P", "Центр соціальних служб Компаніївської селищної ради (далі – Центр) діє відповідно до Положення, "
          "затвердженого рішенням селищної ради від 19.12.2023 № 1184, та обслуговує мешканців 32 населених "
          "пунктів громади з населенням близько 12,6 тис. осіб. Адреса: 28400, смт Компаніївка, вул. Центральна, 58, "
          "тел. (05240) 0-23-61, код ЄДРПОУ 45028713."),
    ("P", f"Протягом 2025 року соціальними послугами Центру охоплено 734 сім'ї/особи, у яких виховується 1{NB}056 дітей. "
          f"Фахівцями надано 3{NB}418 соціальних послуг, з них консультування – 1{NB}902 послуги, інформування – 1{NB}044 послуги, "
          "соціальний супровід – 388 послуг, екстрене (кризове) втручання – 84 послуги. Порівняно з 2024 роком кількість "
          "отримувачів зросла на 57 сімей/осіб."),
    ("P", "До Центру надійшло 142 повідомлення про сім'ї, які можуть перебувати у складних життєвих обставинах. "
          "Оцінювання потреб фахівці Центру провели 131 сім'ям, складні життєві обставини визначено у 68 сімей. "
          "Оцінювання тривало в середньому 6 робочих днів."),
    ("P", "Соціальний супровід протягом звітного року отримували 52 сім'ї, у яких виховується 109 дітей; з них 17 сімей "
          f"внутрішньо переміщених осіб (35,4{NB}%) та 6 сімей, у яких батьки є особами з інвалідністю (11,5{NB}%). "
          "Завершено супровід 38 сімей: у 27 сімей складні життєві обставини подолано "
          f"(71,1{NB}%), у 8 сімей – мінімізовано (21,1{NB}%), у 3 сімей результату не досягнуто (7,9{NB}%). "
          "Продовжено надання послуги у 2026 році 14 сім'ям."),
    ("P", "У громаді функціонують 5 прийомних сімей та дитячих будинків сімейного типу, у яких виховується 23 дитини. "
          "Соціальним супроводженням охоплено всі 5 сімей; кожну з них фахівці відвідували не рідше одного разу на місяць."),
    ("P", "Проведено 31 груповий захід для батьків та отримувачів соціально-побутових послуг, яким охоплено "
          "587 учасників. На телефон Центру надійшло 96 дзвінків від мешканців громади. Скарг на дії фахівців не "
          "надходило. Для обслуговування віддалених сіл використовувався службовий автомобіль, здійснено 214 виїздів."),
    ("P", "Штатним розписом передбачено 9 посад, фактично працюють 8 фахівців із соціальної роботи; 7 працівників "
          "протягом року пройшли навчання з питань обслуговування сімей з дітьми та отримали сертифікати."),
    ("P", "У 2026 році Центр планує охопити послугами не менше 760 сімей/осіб та запровадити з 01.03.2026 послугу "
          "підтриманого проживання для молоді віком від 18 до 23 років."),
    ("P", "Директор Центру соціальних служб ___________ 12.01.2026"),
]


def build(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Звіт ЦСС 2025")
    x0, width, top, bottom = 85, WIDTH, 790, 70
    page = 1
    y = top

    def footer():
        c.setFont("DVS", 9)
        c.drawCentredString(A4[0] / 2, 40, f"– {page} –")

    for kind, text in PARAS:
        font = "DVS-B" if kind == "B" else "DVS"
        size = 12 if kind == "B" else 11
        lead = 15
        sw = lambda s: pdfmetrics.stringWidth(s, font, size)
        for ln in layout(text, font, size, width):
            if y < bottom:
                footer()
                c.showPage()
                page += 1
                y = top
            last = ln and ln[-1] is None
            ws = [w for w in ln if w is not None]
            c.setFont(font, size)
            if last or len(ws) < 2:
                c.drawString(x0, y, " ".join(ws))
            else:
                gap = (width - sum(sw(w) for w in ws)) / (len(ws) - 1)
                x = x0
                for w in ws:
                    c.drawString(x, y, w)
                    x += sw(w) + gap
            y -= lead
        y -= 8
    footer()
    c.save()


def broken_words():
    """The words that the layout splits across a line end (for the README)."""
    out = []
    for kind, text in PARAS:
        font = "DVS-B" if kind == "B" else "DVS"
        size = 12 if kind == "B" else 11
        lines = layout(text, font, size, WIDTH)
        for a, b in zip(lines, lines[1:]):
            if a and a[-1] and a[-1].endswith("-") and b:
                out.append(a[-1] + " / " + b[0])
    return out


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Компаніївської селищної ради",
        "centre_type": "css",
        "settlement": "Компаніївка",
        "report_kind": "annual_report",
        "period_start": "2025-01-01",
        "period_end": "2025-12-31",
    })
    f = g.f
    a = f("served", "families_persons", 734, "охоплено 734 сім'ї/особи")
    f("served", "children", 1056, "у яких виховується 1 056 дітей", parent=a)
    s = f("services_provided", "services", 3418, "Фахівцями надано 3 418 соціальних послуг")
    s1 = f("services_provided", "services", 1902, "консультування – 1 902 послуги", service="counselling",
           group="services_3418", parent=s)
    s2 = f("services_provided", "services", 1044, "1 044 послуги, соціальний супровід", service="informing",
           group="services_3418", parent=s, note="«інформування –» ends the previous line; the reader keeps that line break")
    s3 = f("services_provided", "services", 388, "соціальний супровід – 388 послуг", service="social_support_sjo",
           group="services_3418", parent=s)
    s4 = f("services_provided", "services", 84, "екстрене (кризове) втручання – 84 послуги", service="crisis_intervention",
           group="services_3418", parent=s)
    n = f("notified", "families", 142, "До Центру надійшло 142 повідомлення про сім'ї")
    na = f("needs_assessed", "families", 131, "Оцінювання потреб фахівці Центру провели 131 сім'ям")
    d = f("in_difficult_circumstances", "families", 68, "складні життєві обставини визначено у 68 сімей")
    sup = f("served", "families", 52, "Соціальний супровід протягом звітного року отримували 52 сім'ї",
            service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 109, "52 сім'ї, у яких виховується 109 дітей", service="social_support_sjo",
      alt=["support_ongoing"], parent=sup)
    idp = f("served", "families", 17, "з них 17 сімей внутрішньо переміщених осіб (35,4 %)", percent=35.4,
            service="social_support_sjo", category="внутрішньо переміщені особи", parent=sup)
    dis = f("served", "families", 6, "6 сімей, у яких батьки є особами з інвалідністю (11,5 %)", percent=11.5,
            service="social_support_sjo", category="сім'ї, у яких батьки є особами з інвалідністю", parent=sup)
    c = f("support_completed", "families", 38, "Завершено супровід 38 сімей", service="social_support_sjo", parent=sup)
    o1 = f("outcome_positive", "families", 27, "у 27 сімей складні життєві обставини подолано (71,1 %)", percent=71.1,
           service="social_support_sjo", group="completed_38_by_outcome", parent=c)
    o2 = f("outcome_minimized", "families", 8, "у 8 сімей – мінімізовано (21,1 %)", percent=21.1,
           service="social_support_sjo", group="completed_38_by_outcome", parent=c)
    o3 = f("outcome_negative", "families", 3, "у 3 сімей результату не досягнуто (7,9 %)", percent=7.9,
           service="social_support_sjo", group="completed_38_by_outcome", parent=c)
    on = f("support_ongoing", "families", 14, "Продовжено надання послуги у 2026 році 14 сім'ям",
           service="social_support_sjo", parent=sup,
           note="a 2025 figure that names 2026 (support carried into the next year)")
    fo = f("served", "families", 5, "Соціальним супроводженням охоплено всі 5 сімей", service="social_support_foster")
    f("served", "children", 23, "у яких виховується 23 дитини", service="social_support_foster", parent=fo,
      note="the 23 children are written with the 5 foster families/ДБСТ of the previous sentence")
    ev = f("events", "events", 31, "Проведено 31 груповий захід")
    f("event_participants", "persons", 587, "яким охоплено 587 учасників", parent=ev)
    f("calls", "calls", 96, "На телефон Центру надійшло 96 дзвінків")
    f("complaints", "complaints", 0, "Скарг на дії фахівців не надходило.")
    sp = f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
    sa = f("staff_actual", "staff", 8, "фактично працюють 8 фахівців із соціальної роботи")
    st = f("staff_trained", "staff", 7, "7 працівників протягом року пройшли навчання")

    g.slip("percent_mismatch", "error", "з них 17 сімей внутрішньо переміщених осіб (35,4 %)", 35.4, 32.7, [idp, sup],
           "17 of the 52 families under support is 32,7 %, written 35,4 % (= 17/48: the author seems to have "
           "divided by another base). The other share of the same sentence, 6/52 = 11,5 %, is right.",
           f"pct_ok(p{idp[1:]}, {idp}, {sup}, 1)")
    g.check("percent_mismatch", "6 сімей, у яких батьки є особами з інвалідністю (11,5 %)", "6 / 52 = 11,54 % → 11,5",
            f"pct_ok(p{dis[1:]}, {dis}, {sup}, 1)")
    g.check("parts_sum", "Фахівцями надано 3 418 соціальних послуг", "1 902 + 1 044 + 388 + 84 = 3 418",
            f"{s1} + {s2} + {s3} + {s4} == {s}")
    g.check("parts_sum", "Завершено супровід 38 сімей", "27 + 8 + 3 = 38",
            f"{o1} + {o2} + {o3} == {c}")
    g.check("percent_mismatch", "у 27 сімей складні життєві обставини подолано (71,1 %)",
            "27/38 = 71,05 → 71,1; 8/38 = 21,05 → 21,1; 3/38 = 7,89 → 7,9",
            f"pct_ok(p{o1[1:]}, {o1}, {c}, 1) and pct_ok(p{o2[1:]}, {o2}, {c}, 1) and pct_ok(p{o3[1:]}, {o3}, {c}, 1)")
    g.check("percents_sum", "у 3 сімей результату не досягнуто (7,9 %)", "71,1 + 21,1 + 7,9 = 100,1 (within rounding)",
            f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)")
    g.check("parts_sum", "Продовжено надання послуги у 2026 році 14 сім'ям", "38 completed + 14 continued = 52 under support",
            f"{c} + {on} == {sup}")
    g.check("parts_sum", "з них 17 сімей внутрішньо переміщених осіб", "17 and 6 ≤ 52; 52 ≤ 68 in СЖО ≤ 131 assessed ≤ 142 notified",
            f"{idp} <= {sup} and {dis} <= {sup} and {sup} <= {d} <= {na} <= {n}")
    g.check("parts_sum", "фактично працюють 8 фахівців", "8 ≤ 9 positions; 7 trained ≤ 8",
            f"{sa} <= {sp} and {st} <= {sa}")

    g.skip("затвердженого рішенням селищної ради від 19.12.2023 № 1184", [19, 12, 2023, 1184], "decision date and number")
    g.skip("обслуговує мешканців 32 населених пунктів громади з населенням близько 12,6 тис. осіб",
           [32, 12.6], "settlement count and population")
    g.skip("28400, смт Компаніївка, вул. Центральна, 58, тел.", [28400, 58], "postcode, address")
    g.skip("(05240) 0-23-61, код ЄДРПОУ 45028713.", [5240, 2361, 45028713], "phone, ЄДРПОУ")
    g.skip("Протягом 2025 року", [2025], "year")
    g.skip("2024 роком кількість отримувачів зросла на 57 сімей/осіб", [2024, 57], "difference from the previous year")
    g.skip("Оцінювання тривало в середньому 6 робочих днів.", [6], "duration")
    g.skip("Продовжено надання послуги у 2026 році", [2026], "year (the 14 families are a fact)")
    g.skip("здійснено 214 виїздів", [214], "trips of the service car (no §3 id)")
    g.skip("У 2026 році Центр планує охопити послугами не менше 760 сімей/осіб та запровадити з 01.03.2026 послугу",
           [2026, 760, 1, 3, 2026], "plan for the next year and a date")
    g.skip("для молоді віком від 18 до 23 років", [18, 23], "ages")
    g.skip("12.01.2026", [12, 1, 2026], "signature date")
    g.skip("за 2025 рік", [2025], "year in the title")

    g.note("the PDF is justified prose set with reportlab; words are broken across line ends with a real hyphen and a "
           "line break in the text layer (e.g. «сім'-» / «ям,» right after 131, «отримува-» / «чів», «обслу-» / «говування», «ді-» / «тей.» "
           "right after 1 056, «сі-» / «мей/осіб.» right after 57, «сі-» / «мей,» right after 6, «працівни-» / «ків» right after 7, «виїз-» / «дів.» right after 214). `zvitparse read` joins them into whole words, and the "
           "quotes are written as it prints them (whole words, no hyphen)")
    g.note("the reader keeps the hyphen in one broken word, «одно-» / «го» → «одно-го» (a two-letter tail), which is in no "
           "quote; the genuine compound «соціально-побутових» is not broken at a line end and keeps its hyphen")
    g.note("the reader keeps a few line breaks inside paragraphs (before «1 044 послуги», before «2024 роком», around the "
           "address) and starts new paragraphs after some sentences; quotes never span them")
    g.note("«охоплено 734 сім'ї/особи» → served, unit families_persons; the 1 056 children hang on it")
    g.note("the 5 foster families/ДБСТ «охоплено всі 5 сімей» → served with social_support_foster; the first «5 прийомних "
           "сімей та ДБСТ» (how many exist in the hromada) is the same figure written twice and is annotated once, on the "
           "sentence that says they were served", )
    g.note("«96 дзвінків» on the Centre's phone → calls")
    g.skip("У громаді функціонують 5 прийомних сімей", [5], "count of foster families existing in the hromada (the served 5 is a fact)")
    return g


if __name__ == "__main__":
    p = report_path(DOC)
    build(p)
    gold().write()
    import sys
    if "--show" in sys.argv:
        print(read_text(p))
        print("\n".join(broken_words()))
